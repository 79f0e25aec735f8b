package quotes

func setPlus(more []string, words ...string) map[string]bool {
	m := set(words...)
	for _, w := range more {
		m[w] = true
	}
	return m
}

// clauseOpenerWords open a clause or a question that is a verb's object:
// "said that …", "asked whether …", "knows who …". clauseOpeners are
// those words; predicateOpeners add "to", whose infinitive is a
// predicate too ("wants to …"). An object opened by one is no noun
// phrase.
var (
	clauseOpenerWords = []string{"that", "whether", "if", "how", "why", "what", "who", "when", "where"}
	clauseOpeners     = set(clauseOpenerWords...)
	predicateOpeners  = setPlus(clauseOpenerWords, "to")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// subjectPronouns can be the speaker mention on their own.
var subjectPronouns = set("he", "she", "they", "we", "i", "you", "it", "who", "which")

// personalSubjects are the pronouns that are only ever subjects;
// objectPronouns are the object forms of the personal pronouns.
var (
	personalSubjects = []string{"he", "she", "they", "we", "i"}
	objectPronouns   = []string{"him", "her", "them", "us", "me"}
)

var determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
	"its", "our", "my", "your", "some", "many", "several", "most", "all", "both", "each",
	"every", "few", "other", "another", "any", "no", "one", "two", "three", "four", "five",
	"more", "much", "such", "either", "neither", "whose")

// adverbs and auxiliaries that may stand between a subject and its cue:
// "has also said", "would later say", "did not say".
var between = set("also", "later", "then", "has", "have", "had", "would", "will", "did", "does",
	"do", "not", "n't", "never", "may", "might", "could", "can", "should", "must", "shall",
	"previously", "recently", "repeatedly", "once", "publicly", "privately", "reportedly",
	"again", "first", "often", "since", "now", "still", "already", "just", "even", "further",
	"ultimately", "quickly", "immediately", "frequently", "initially", "long", "always",
	"separately", "specifically", "explicitly", "simply", "openly", "flatly", "only",
	"clearly", "finally", "subsequently", "previously", "earlier", "originally", "usually",
	"regularly", "consistently", "increasingly", "widely", "generally", "certainly", "strongly",
	"doesn't", "didn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't",
	"couldn't", "isn't", "wasn't", "aren't", "weren't", "is", "are", "was", "were", "been", "be",
	"being", "'s", "'ve", "'d", "'ll", "reportedly", "actually", "really", "personally", "indeed",
	"apparently", "nonetheless", "however", "too", "herself", "himself", "themselves", "itself",
	"together", "jointly", "twice", "seldom", "sometimes", "ago", "yet", "quite")

// stopWords end a noun phrase when walking over it: function words,
// auxiliaries and common verbs that cannot be inside a speaker mention.
var stopWords = setPlus(plainPast,
	"and", "but", "or", "nor", "so", "yet", "that", "which", "who", "whom", "when", "where",
	"while", "as", "if", "because", "since", "although", "though", "unless", "until", "after",
	"before", "than", "whether", "once", "how", "why", "what", "whatever", "whoever",
	"in", "on", "to", "by", "with", "about", "into", "onto", "over", "under", "during",
	"against", "between", "through", "without", "within", "upon", "among", "across", "toward",
	"towards", "despite", "via", "per", "like", "unlike", "around", "behind", "beyond", "near",
	"outside", "inside", "amid", "off", "up", "down", "out",
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
	"did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
	"not", "n't", "no", "also", "then", "there", "here", "now", "just", "even", "only", "very",
	"too", "still", "already", "again", "never", "always", "often", "however", "instead",
	"it's", "he's", "she's", "that's", "there's", "what's", "they're", "we're", "i'm", "you're",
	"him", "them", "us", "me", "her", "himself", "herself", "themselves", "itself",
	"get", "got", "go", "went", "gone", "make", "made", "take", "took", "give", "gave",
	"come", "came", "become", "became", "let", "put", "keep", "kept", "run", "ran",
	"win", "won", "lose", "lost", "help", "helped", "need", "needs", "needed", "try", "tried",
	"begin", "began", "seem", "seems", "seemed", "appear", "appears", "appeared", "remain",
	"remains", "remained", "include", "includes", "included", "including", "having",
	"meet", "met", "leave", "left", "hold", "held", "bring", "brought", "pay", "paid",
	"face", "faces", "faced", "use", "used", "work", "worked", "move", "moved", "happen",
	"happened", "allow", "allowed", "start", "started", "stop", "stopped", "lead", "led",
	"write", "wrote", "tell", "told", "say", "said", "says", "ask", "asked", "yes", "no",
	"well", "too", "perhaps", "maybe", "why", "thus", "therefore", "meanwhile", "indeed",
)

// introPreps start the material before a subject: a preposition, a
// participle or a time word ("In a statement, ...", "Speaking to
// reporters, ...", "Later, ...").
var introPreps = set("in", "on", "at", "during", "after", "before", "speaking", "asked",
	"when", "while", "since", "following", "from", "for", "with", "by", "writing", "responding",
	"according", "later", "earlier", "last", "this", "next", "as", "within", "over")

// periodNouns name a stretch of time that "last", "this" or "on" makes
// a time phrase of: "last week", "this morning", "early Sunday evening".
var periodNouns = set("week", "month", "year", "night", "morning", "afternoon", "evening", "weekend")

// timeWords may follow a cue without being content: "said Tuesday".
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "recently", "earlier", "later", "afterward", "afterwards",
	"then", "again", "too", "also", "last", "this", "week", "month", "year", "night", "morning",
	"evening", "afternoon", "privately", "publicly", "repeatedly", "once", "flatly", "simply",
	"bluntly", "firmly", "quietly", "angrily", "emphatically", "softly", "sarcastically")

var titles = set("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "president", "senator",
	"governor", "secretary", "minister", "prime", "vice", "gen.", "lt.", "col.", "prof.",
	"judge", "justice", "mayor", "chairman", "chairwoman", "speaker", "ambassador", "rev.",
	"sens.", "reps.", "former", "candidate", "leader", "representative", "attorney", "general",
	"director", "spokesman", "spokeswoman", "spokesperson", "chief", "commissioner", "envoy",
	"premier", "chancellor", "king", "queen", "pope", "sheriff", "officer", "adviser", "advisor",
	"coach", "captain", "capt.", "professor", "councilwoman", "councilman", "councilmember", "sgt.",
	"sergeant", "detective", "det.", "bishop", "archbishop", "cardinal", "sir", "dame", "lord", "dr",
	"ceo", "principal", "superintendent", "supt.", "lieutenant", "colonel", "admiral", "adm.",
	"commander", "cmdr.", "inspector", "pastor", "rabbi", "imam", "prince", "princess", "congressman",
	"congresswoman", "assemblyman", "assemblywoman", "lawmaker", "economist", "coach", "mr", "mrs", "ms",
	"mx", "di", "dci", "ds", "insp.", "chair", "moderator", "mp", "mep", "msp", "executive", "deputy",
	"acting", "interim", "managing", "prof", "councillor", "councilor", "prosecutor", "coroner", "manager",
	"midfielder", "goalkeeper", "striker", "defender", "winger", "forward", "boss", "skipper", "substitute")

// roleNouns name people by the part they play for an organisation: "a
// spokesman for", "officials at", "a lawyer with".
var roleNouns = set("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official", "officials",
	"lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
	"representative", "representatives", "director", "executive", "executives", "source", "sources", "member",
	"members", "leader", "leaders", "analyst", "analysts", "expert", "experts", "economist", "economists",
	"researcher", "researchers", "professor", "president", "chairman", "chairwoman", "chief", "head", "officer",
	"officers", "employee", "employees", "staffer", "staffers", "strategist", "strategists", "manager",
	"managers", "secretary", "minister", "ambassador", "envoy", "negotiator", "negotiators", "investigator",
	"investigators", "prosecutor", "prosecutors", "scientist", "scientists", "fellow", "partner", "founder",
	"chancellor", "mp", "mep", "coordinator", "chair", "chairman", "chairwoman", "moderator", "neighbor",
	"neighbour", "republican", "democrat", "governor", "senator", "mayor", "attorney", "spokesman",
	"commissioner", "inspector", "detective", "coach", "captain", "manager", "editor", "correspondent")
