// Why an answer has no similar cases when the search was still running a few seconds after the
// model was ready (retrievalWithin): on a first visit the search waits for the dataset's import
// and the retriever's build, which on a slow phone or a busy machine can outlast a model that is
// already loaded. The answer does not wait for examples; the import goes on and later answers
// have them. Its own file so that the answer's component can tell this reason from a failure
// without loading the pipeline.
export const CASES_NOT_READY = 'The dataset was still being prepared on this device.';
