package org.dramagraph.clean;

/** One step of cleaning: takes text with its offset map, gives text with its offset map. */
interface TextStage {
    MappedText apply(MappedText in);
}
