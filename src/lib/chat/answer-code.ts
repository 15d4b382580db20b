// The Chat's answer code as one module, loaded when the person starts writing
// (answer-on-demand.ts): the checks that need the prompt builder, the question, the pipeline
// (prompt, similar-case excerpts, streaming, settling) and the composer's long-draft hint.
export { draftHint } from './draft';
export { runAnswer } from './pipeline/answer';
export { askQuestion, sendProblem } from './pipeline/question';
