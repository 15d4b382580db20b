// Lexicon, body functions lost: the lay ways of saying that a sense, a limb or a faculty has
// stopped working, where the other lexicon files do not already have them (limb_weak,
// speech_problem, vision_loss, double_vision, cant_stand, cant_swallow_saliva, unresponsive...).
// Each is read with onset and course (lexicon-onset-course.ts) in rules-sudden-loss.ts.
// Sources: NHS pages on sudden hearing loss (urgent, same day), stroke (999), someone hard to
// wake (999). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const EAR = '({poss} )?(left |right |one |bad |good )?(ear|side)';

export const FUNCTION_LOSS_SIGNS: Concepts = {
  // Hearing in one ear that went, told as the sound: "the sound in my left ear dropped away",
  // "my ear just switched off", "went completely deaf on one side".
  hearing_dropped: [
    `(sound|hearing|noise) (in|from|on|out of) ${EAR} ~4 (dropped|dropping|went|gone|disappeared|vanished|switched off|cut out|stopped|faded|died)`,
    `(ear|side) ~3 (just )?(went|gone|has gone|turned|switched) (completely |totally )?(deaf|dead|silent|off|quiet)`,
    `(completely|totally|stone) deaf (in|on) ${EAR}`,
  ],
  // The use of a limb lost, told as what it can no longer do: "lost the use of his left
  // hand", "my hand wouldn't grip anything", "can't do his buttons".
  use_lost: [
    '(lost|losing|lose|no) (the )?(use|control|strength|power|grip) (of|in) ({poss} )?((left|right) )?(arm|leg|hand|foot|fingers|side)',
    "(hand|hands|fingers) (wouldn't|won't|can't|couldn't|doesn't|didn't|will not|would not) (grip|hold|grasp|close|open)",
    "(can't|cannot|couldn't) (do|fasten|undo) (up )?(his|her|my|their) (buttons|zip|laces)",
  ],
  // Words lost in either direction: "couldn't understand what my boss was saying".
  words_lost: [
    "(couldn't|can't|cannot|could not|didn't|doesn't|did not|does not) understand (what|anything|a word) ~5 (saying|said|say|says|told|telling)",
  ],
  // Swallowing lost, not only sore: "can't swallow since this afternoon", "drink coming back
  // out of his nose".
  swallow_lost: [
    "(can't|cannot|unable to|couldn't|not able to) swallow (anything|at all|food|drinks?|liquids|water|his food|her food)",
    '(food|drink|drinks|water|tea|liquid|liquids|milk) ~3 (coming|came|comes) (back )?(out|up) (of |through )?(his|her|my|the) nose',
  ],
  // Unable to stand or walk, told as the legs failing: "legs wouldn't hold me", "her legs
  // gave way and she can't get up", "can't stand or walk at all".
  stand_lost: [
    "(legs|knees|leg) (wouldn't|won't|wont|couldn't|can't|cannot|would not|will not) (hold|support|carry|take) (me|him|her|them|(his|her|my) weight)",
    '(legs|knees) (just )?(gave|give|went|gone|buckled) (way|out|from under)',
    "(can't|cannot|couldn't|unable to|not able to) (stand|get up) (or|and|nor) (walk|move|stand)",
    "(can't|cannot|couldn't|unable to) (stand|walk) (at all|unaided|on (his|her|my|their) own)",
  ],
  // Someone who cannot be kept awake or roused: "can't keep her awake", "won't wake for
  // feeds", "we can't rouse him" (NHS: 999 for someone hard to wake).
  wake_lost: [
    // Not a teenager who cannot be got up for school ("can't get my son to wake up").
    "(can't|cannot|couldn't|unable to) keep (him|her|them|my \\w+|the baby) awake",
    "(can't|cannot|couldn't|unable to) rouse (him|her|them|my \\w+|the baby)",
    "(won't|wont|will not|doesn't|isn't|not) (wake|waking) (up )?(for (feeds|a feed|feeding|food)|properly|at all)",
    // Said of someone else: "I can't stay awake at work" is tiredness.
    "(he|she|they|baby) (won't|wont|will not|can't|cannot) stay awake",
  ],
};
