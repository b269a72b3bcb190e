package extract

// Word lists for reactions. They are general English: verbs that report a
// response, evaluative words, demand frames and the actions a demand asks
// for. Keys are lower-case tokens as the tokenizer writes them.

// reactVerbs are verbs whose subject responds to something, by inflected
// form, with the stance the verb itself shows ("" for none).
var reactVerbs = map[string]string{}

func init() {
	for stance, forms := range map[string][]string{
		"demands": {"urged", "urges", "urging", "demanded", "demands", "demanding", "pressed", "presses"},
		"denies": {"denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting", "disputed",
			"disputes", "refuted", "refutes", "rebutted", "rebuts", "contested", "contests", "corrected",
			"corrects", "rebuffed", "dismissed", "dismisses"},
		"criticizes": {"criticized", "criticised", "criticizes", "criticises", "criticizing", "slammed", "slams",
			"blasted", "blasts", "attacked", "attacks", "trashed", "trashes", "condemned", "condemns",
			"denounced", "denounces", "accused", "accuses", "complained", "complains", "lambasted", "ripped",
			"chided", "rebuked", "faulted", "scolded", "mocked", "derided", "decried", "deplored", "assailed",
			"castigated", "berated", "branded", "excoriated", "panned", "knocked", "scoffed", "scoffs", "ridiculed"},
		"supports": {"praised", "praises", "defended", "defends", "defending", "backed", "backs", "welcomed", "welcoming",
			"welcomes", "applauded", "applauds", "hailed", "hails", "lauded", "lauds", "commended",
			"thanked", "cheered", "endorsed", "endorses", "supported", "supports", "congratulated",
			"praising", "lauding", "applauding", "hailing", "commending"},
		"": {"refused", "refuses", "pushed", "pushes", "pushing", "fired", "fires", "hit", "hits", "lashed", "went",
			"took", "stood", "stands", "spoke", "said", "says", "told", "tells", "added", "adds", "argued", "argues", "noted", "notes",
			"explained", "speculated", "speculates", "predicted", "predicts", "suggested", "suggests",
			"wrote", "writes", "tweeted", "stated", "insisted", "insists", "maintained", "maintains",
			"acknowledged", "conceded", "warned", "warns", "responded", "replied", "countered", "contended", "asserted",
			"called", "calls", "wants", "wanted", "expressed", "voiced", "reacted"},
	} {
		for _, f := range forms {
			reactVerbs[f] = stance
		}
	}
}

// reactPhrases are multi-word verb phrases of response after a subject
// ("pushed back", "fired back"), matched on the words after the verb.
var reactPhrases = map[[2]string]string{
	{"pushed", "back"}: "denies", {"pushes", "back"}: "denies", {"pushing", "back"}: "denies",
	{"fired", "back"}: "criticizes", {"fires", "back"}: "criticizes", {"hit", "back"}: "criticizes",
	{"hits", "back"}: "criticizes", {"hit", "out"}: "criticizes", {"hits", "out"}: "criticizes",
	{"lashed", "out"}: "criticizes", {"went", "after"}: "criticizes", {"took", "aim"}: "criticizes",
	{"refused", "to"}: "denies", {"refuses", "to"}: "denies", {"stood", "by"}: "supports",
	{"stands", "by"}: "supports", {"spoke", "out"}: "criticizes",
}

// denyWords in a statement reject an allegation.
var denyWords = set("false", "untrue", "inaccurate", "baseless", "unfounded", "groundless", "nonsense",
	"fabricated", "fabrication", "hoax", "smear", "lies", "denial", "deny", "denied", "denies", "absurd",
	"ridiculous", "bizarre", "unfair", "mischaracterization", "distortion", "falsehood", "falsely",
	"reject", "rejected", "categorically", "wrongly", "erroneous", "incorrect")

// negatedDeny are words that reject an allegation when negated ("nothing
// misleading", "didn't mislead", "not true").
var negatedDeny = set("misleading", "mislead", "misled", "true", "wrong", "wrongdoing", "improper",
	"inappropriate", "lie", "lied", "aware", "illegal", "truth", "substance", "basis", "evidence", "interfered",
	"interfere", "quit", "concede", "collusion", "guilty", "quid", "violation", "involvement")

// negators turn the word after them around.
var negators = set("not", "no", "nothing", "never", "didn't", "did't", "don't", "doesn't", "isn't", "wasn't",
	"weren't", "aren't", "hasn't", "haven't", "hadn't", "won't", "cannot", "can't", "couldn't", "neither", "nor", "without")

// criticWords judge the subject negatively.
var criticWords = set("mistake", "mistakes", "shocking", "shameful", "shame", "lied", "lying", "liar", "perjury",
	"unfit", "unqualified", "terrible", "worse", "worst", "disgrace", "disgraceful", "outrageous",
	"irresponsible", "reckless", "dangerous", "corrosive", "poor", "sleaze", "raunch", "raunchy",
	"blatantly", "attack", "partisan", "hypocrisy", "hypocritical", "failing", "failed", "failure", "weak",
	"wrong", "bad", "troubling", "alarming", "appalling", "inexcusable", "unacceptable", "incompetent",
	"incompetence", "disunity", "squabbles", "petty", "scandal", "corrupt", "corruption", "damaging",
	"undermines", "undermine", "inconceivable", "demonstrably", "simplistic", "cheap", "cheapest",
	"concerned", "worried", "disappointed", "disappointing", "misleading", "mislead", "misled", "deceptive",
	"dishonest", "unprecedented", "crazy", "craziness",
	"irrational", "slander", "fake", "phony", "abuse", "obstruction", "cover-up", "disturbing", "outrage",
	"outraged", "embarrassing", "embarrassment", "pathetic", "horrible", "awful", "nasty", "stupid",
	"piecemeal", "contrary", "critical",
	"scary", "scare", "danger", "threat", "disaster", "disastrous", "chaos", "chaotic", "insult", "offensive",
	"sad", "abhorrent", "despicable", "deplorable", "reprehensible", "unconscionable", "indefensible",
	"unhinged", "ridiculous", "absurd", "shameless", "sickening", "disgusting", "repugnant", "vile",
	"hateful", "divisive", "unpresidential", "unelectable", "unethical", "hatemonger",
	"appalled", "dismayed", "draconian", "frustrated", "frustrating", "oversold", "cringeworthy",
	"unnecessary", "pandering", "misguided", "disagree", "disagrees", "disagreed",
	"miscalculation", "out-of-touch", "fascist", "authoritarian", "overreach", "egregious",
	"insulting", "ludicrous", "unconstitutional", "sexist", "bigoted", "xenophobic",
	"inhumane", "heartless", "callous", "tone-deaf", "careless", "sloppy", "botched", "fiasco", "debacle",
	"travesty", "sham", "cynical", "blunder", "horrendous", "atrocious", "dumb",
	"wrongheaded", "lawless", "betrayal", "regrettable", "unfortunate", "unjustified", "condescending",
	"saddened", "deceitful", "unwise", "counterproductive", "ill-advised",
	"stunt", "artificial", "trampled", "mindless", "flawed", "deranged", "incoherent", "destructive",
	"unworkable", "lousy", "arrogant", "arrogance", "shortsighted", "short-sighted", "naive", "ineffective",
	"unjust", "illegitimate", "disgusted", "catastrophic", "cowardly", "cowardice", "toxic", "garbage",
	"idiotic", "asinine", "childish", "poorly", "disservice", "disrespectful", "insensitive", "unbecoming",
	"baffled", "puzzled", "perplexed", "betray", "betrays", "betrayed", "propaganda", "discredit", "giveaway",
	"giveaways", "dumbest", "silly", "obstinate", "whitewash", "pointless", "unhelpful",
	"mess", "unfriendly", "untenable", "rotten", "jaw-dropping", "trumped-up",
	"disarray", "dysfunction", "dysfunctional", "hollow", "gimmick", "charade", "farce", "posturing",
	"unconvincing", "unserious", "shambles",
	"desperate", "cop-out", "comical", "laughable", "duds", "inept", "ineptitude", "bungled", "dereliction",
	"dangerously", "tired", "misunderstand", "misunderstands", "hostile", "hostility", "disapproval",
	"preposterous", "obsession", "disappointment", "audacity", "risky", "disheartened", "disheartening",
	"exacerbated", "exacerbates", "exacerbating", "exacerbate",
	"frivolous", "outlandish", "unrealistic", "lamentable", "distraction", "rigged", "unsuitable",
	"delegitimize", "de-legitimize", "delegitimizing", "de-legitimizing",
	"provocative", "disproportionate", "overblown", "harmful", "politicized", "inappropriate", "improper",
	"tantrum", "tantrums", "antics", "incivility", "unproven", "unreliable", "messup", "messups", "mess-up",
	"mess-ups", "inconsistently", "violation", "violations", "stunned",
	"stonewalling", "stonewalled", "stonewalls", "slandered", "slandering", "slanderous", "caved", "caving",
	"capitulated", "capitulation", "harshly", "unconvinced",
	"sabotaging", "gall", "insincere", "insincerity", "politicize",
	"politicizes", "politicizing", "politicise", "politicises", "politicising",
	// pejorative nouns for a person ("called him a crusading ideologue")
	"ideologue", "extremist", "demagogue", "hypocrite", "sensationalist", "clown", "idiot",
	"moron", "loser", "coward", "bigot", "racist", "thug")

// supportWords praise or defend the subject.
var supportWords = set("great", "admiration", "admire", "overjoyed", "honor", "honour", "respect",
	"excellent", "qualified", "experience", "experienced", "strong", "consistent", "appropriate", "proper",
	"proud", "confident", "confidence", "trust", "terrific", "fantastic", "wonderful", "outstanding",
	"brilliant", "capable", "decent", "honest", "integrity", "praise",
	"praised", "defended", "defend", "legitimate", "rare", "asset", "stable", "success",
	"successful", "impressive", "friend", "good", "best", "right", "welcome", "welcomed", "delighted",
	"pleased", "happy", "thrilled", "grateful", "ideal", "improve", "improved",
	"support", "courageous", "principled", "tireless", "dedicated", "effective", "inspiring", "applaud",
	"heroic", "hero", "visionary", "thoughtful", "positive", "rousing", "monumental",
	"breakthrough", "encouraged", "encouraging", "commend", "glad", "relieved", "excited",
	"optimistic", "smart", "wisely", "admirable", "laudable", "commendable",
	"superb", "exceptional", "phenomenal", "deftly", "kudos", "congratulations", "bravo", "selfless",
	"statesmanlike", "gracious", "impressed", "approvingly")

// verbContext before "support" makes it a verb ("I support", "will not
// support", "to support").
var verbContext = set("i", "we", "they", "you", "he", "she", "will", "would", "not", "never",
	"fully", "strongly", "can", "cannot", "could", "should", "do", "does", "did", "don't", "won't", "wouldn't",
	"can't", "couldn't", "didn't", "doesn't", "also", "still")

// concernNouns voice disapproval; an intensifier before them ("strong
// concerns", "great doubts") praises nothing.
var concernNouns = set("concerns", "concern", "opposition", "objections", "objection", "doubts",
	"reservations", "misgivings", "criticism", "disagreement")

// demandFrames ask for an action: "should", "must", "called for".
var demandFrames = set("should", "must", "need", "needs", "needed", "ought", "urge", "urged", "urges",
	"urging", "demand", "demanded", "demands", "demanding", "calls", "call", "called", "calling", "grounds",
	"want", "wants", "wanted", "best", "time", "has", "have", "pressed", "asked", "asking", "require",
	"requires", "insist", "insisted", "responsibility", "obligation", "duty")

// actionWords name what a demand asks for, mapped to the action reported.
var actionWords = map[string]string{
	"resign": "resign", "resigns": "resign", "resignation": "resign", "quit": "resign",
	"replaced": "resign", "removed": "resign", "fired": "resign", "ousted": "resign", "step": "resign",
	"stand": "resign", "leave": "resign", "impeach": "impeach", "impeached": "impeach",
	"impeachment": "impeach", "recuse": "recuse", "recusal": "recuse", "investigate": "investigate",
	"investigation": "investigate", "inquiry": "investigate", "probe": "investigate",
	"commission": "investigate", "prosecutor": "investigate", "counsel": "investigate",
	"independent": "investigate", "hearing": "investigate", "hearings": "investigate",
	"review": "investigate", "recanvass": "recanvass", "recount": "recount", "clarify": "clarify",
	"explain": "clarify", "explanation": "clarify", "clarification": "clarify", "apologize": "apologize",
	"apologise": "apologize", "apology": "apologize", "release": "release", "disclose": "release",
	"testify": "testify", "withdraw": "withdraw", "retract": "retract", "answers": "clarify",
}

// actionAfter are action words that count only before one of the given
// words ("step down", "independent commission").
var actionAfter = map[string][]string{
	"step": {"down", "aside"}, "stand": {"down", "aside"}, "leave": {"office", "his", "her", "the"},
	"independent": {"commission", "counsel", "investigation", "inquiry", "prosecutor", "probe", "review", "investigator"},
	"counsel":     {"to"}, "quit": {"as", "his", "her", "the", "now", "immediately"},
}

// actionBefore are action words that count only after "be" or "been"
// ("to be replaced").
var actionBefore = set("replaced", "removed", "fired", "ousted", "impeached")

// weakActions are action words that need a strong frame ("called for a
// review", "we need an independent commission"), not a mere "should".
var weakActions = set("commission", "prosecutor", "counsel", "hearing", "hearings", "review",
	"inquiry", "probe", "investigation", "release", "explanation", "answers")

// strongFrames ask outright.
var strongFrames = set("need", "needs", "call", "calls", "called", "calling", "urge", "urged", "urges",
	"urging", "demand", "demanded", "demands", "demanding", "pressed")

// backgroundMarkers set a statement before the news ("at the time").
var backgroundMarkers = [][]string{
	{"at", "the", "time"}, {"last", "year"}, {"years", "ago"}, {"year", "ago"}, {"months", "ago"},
	{"previously"}, {"testified"}, {"repeatedly"}, {"for", "months"}, {"for", "years"},
	{"week", "later"}, {"weeks", "later"}, {"days", "later"}, {"months", "later"}, {"year", "later"},
	{"in", "the", "past"}, {"had", "said"}, {"once", "said"}, {"back", "in"}, {"then-candidate"},
	{"earlier", "this", "year"}, {"last", "month"}, {"early", "this", "year"}, {"earlier", "this", "month"},
	{"that", "year"}, {"that", "same", "year"},
}

// docNouns head a source phrase that is a document, not a reactor.
var docNouns = set("statement", "poll", "survey", "study", "report", "memo", "letter", "analysis",
	"tweet", "tweets", "post", "filing", "ruling", "order", "indictment", "complaint", "lawsuit",
	"release", "article", "story", "piece", "editorial", "ad", "ads", "interview", "message", "account",
	"conference", "website", "site", "paper", "newspaper", "research", "data", "figures", "document",
	"documents", "book", "video", "transcript", "records")

// stopTopic are words too common to tie a statement to the news.
var stopTopic = set("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with",
	"by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
	"said", "says", "that", "this", "these", "those", "it", "its", "he", "she", "they", "his", "her",
	"their", "who", "which", "what", "not", "no", "new", "more", "than", "about", "after", "before",
	"over", "into", "up", "out", "can", "could", "may", "might", "should", "must", "do", "does", "did",
	"also", "just", "one", "two", "first", "last", "year", "years", "time", "told", "says", "say", "how",
	"why", "when", "where", "there", "here", "all", "some", "any", "our", "we", "you", "i", "me", "my",
	"us", "them", "him", "if", "so", "very", "things", "know", "get", "gets", "make", "makes", "like",
	"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "former", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "week", "today", "according", "news", "being",
	// news outlets and datelines name where a statement was made, not what about
	"cnn", "reuters", "ap", "afp", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "huffpost",
	"politico", "washington", "london", "reporters", "journalists", "interview", "statement")
