/**
 * Moved to `src/speakers/phrase.ts` (kept until the attribution stage imports from `src/speakers/index.ts`).
 *
 * @module
 */

export {resolvePhrase, type SpeakerMention} from '../speakers/phrase.js'
