package org.dramagraph.relation;

/** Word alternations shared by the sentence patterns, as regex fragments over coded sentences. */
final class Cues {
    /** Nouns that name a kind of work: "the drama X", "2019 film X". */
    static final String WORK_NOUN = "(?:drama|dramas|k-drama|k-dramas|kdrama|kdramas|series|film|films|movie|movies|sitcom|"
            + "show|shows|webtoon|web-drama|web-series|documentary|thriller|comedy|rom-com|romance|melodrama|"
            + "blockbuster|hit|hits|original|originals|miniseries|mini-series|variety|musical|opera|anime|project|work|works|title)";
    /** Verbs of acting in something. */
    static final String ACT_VERB = "(?:star|stars|starred|starring|appear|appears|appeared|appearing|seen|feature|features|"
            + "featured|act|acts|acted|acting|return|returns|returned|returning|cast|co-star|co-starred|co-stars|headline|"
            + "headlines|headlined|lead|leads|led)";
    /** Verbs of playing a role. */
    static final String PLAY_VERB = "(?:play|plays|played|playing|portray|portrays|portrayed|portraying|embody|embodies|"
            + "embodied|reprise|reprises|reprised|reprising|transform|transforms|transformed|depict|depicts|depicted)";
    /** Taking a role, up to the role's name: "will step in as the", "plays a". */
    static final String TAKES_THE_ROLE = "(?:will |would |is set to )?(?:step in as|steps in as|play|plays|portray|portrays|star as|"
            + "stars as|appear as|appears as|take on the role of|takes on the role of) (?:the |a |an )?";
    /** Nouns for people in the trade: "actress X", "director X". */
    static final String PERSON_NOUN = "(?:actor|actress|actors|actresses|star|stars|singer|idol|rapper|model|comedian|"
            + "writer|screenwriter|scriptwriter|director|directors|pd|producer|author|creator|scribe|member|newcomer|"
            + "veteran|co-star|costar|heartthrob|entertainer|artist|performer|musician|host|mc|leader|maknae)";
    /** Nouns for a screenwriter. */
    static final String WRITER_NOUN = "(?:writer|writers|screenwriter|screenwriters|scriptwriter|scriptwriters|scribe|"
            + "author|playwright|screen writer|writer-director)";
    /** Nouns for a director. */
    static final String DIRECTOR_NOUN = "(?:director|directors|pd|pds|producer-director|filmmaker|helmer|co-director)";

    /** A parenthesis after a name: "Ko Min-jae (Blue Harbor) is confirmed for the role of". */
    static final String PAREN = "(?:\\( (?:[^()]+ ){1,8}?\\) )?";
    /** Where a role is played, between actor and verb: "Kim in the drama will play". */
    static final String IN_THE_WORK = "(?:in the (?:[a-z-]+ )?(?:drama|series|show|film|movie|project) )?";
    /** Family words: "Eun-sol's brother X" names a relative, not the role someone plays. */
    static final String RELATIVE = "(?:friend|friends|wife|husband|mother|father|mom|dad|brother|sister|son|daughter|"
            + "co-star|costar|agency|manager|lawyer|boss|rival|fiance|fiancee|girlfriend|boyfriend|partner|colleague|"
            + "coworker|co-worker|secretary|teacher|grandfather|grandmother|uncle|aunt|cousin|family|fans|fan)";

    private Cues() {
    }
}
