package extract

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNamesTSV is derived from the US Social Security Administration's
// "Baby Names from Social Security Card Applications - National Data"
// (public domain; via /work/shared/lexicons/given-names.tsv): every name
// given to at least 500 babies in 1880-2023, placeholder rows removed,
// with "f" or "m" when at least 90% of the babies had that sex, else "u".
//
//go:embed givennames.tsv
var givenNamesTSV string

// lexicon holds the read-only word lists the extractor consults. It is
// built once and never written afterwards.
type lexicon struct {
	given  map[string]byte // lower-case given name -> 'f', 'm' or 'u'
	common map[string]bool // words news text writes in lower case
}

// commonWordsTXT lists English words that news text writes in lower case,
// or capitalised only where a sentence opens: a capitalised one alone is
// no surname ("Critics", "Moreover", "Coverage"). Derived from the AllSides
// corpus by internal/gencommon, leaving out the evaluation articles.
//
//go:embed commonwords.txt
var commonWordsTXT string

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{given: make(map[string]byte, 18000), common: make(map[string]bool, 14000)}
	for w := range strings.SplitSeq(commonWordsTXT, "\n") {
		if w != "" {
			lx.common[w] = true
		}
	}
	for line := range strings.SplitSeq(givenNamesTSV, "\n") {
		name, g, ok := strings.Cut(line, "\t")
		if !ok || g == "" {
			continue
		}
		lx.given[strings.ToLower(name)] = g[0]
	}
	for w := range worldMaleGiven {
		if _, ok := lx.given[w]; !ok {
			lx.given[w] = 'm'
		}
	}
	for w, g := range newsGiven {
		if _, ok := lx.given[w]; !ok {
			lx.given[w] = g
		}
	}
	// "Tanzania said", "Zaire expects": countries and capitals the birth
	// records hold as rare given names name no person here
	for w := range notGivenPlaces {
		delete(lx.given, w)
	}
	return lx
})

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleWords are words that may precede a name as a title, lower-cased and
// without the abbreviation's period. The value is the canonical role.
var titleWords = map[string]string{
	"sen": "Senator", "senator": "Senator", "sens": "Senator",
	"rep": "Representative", "representative": "Representative", "reps": "Representative",
	"congressman": "Representative", "congresswoman": "Representative",
	"gov": "Governor", "governor": "Governor",
	"gen": "General", "general": "General", "lt": "Lieutenant", "col": "Colonel",
	"maj": "Major", "capt": "Captain", "captain": "Captain", "sgt": "Sergeant", "adm": "Admiral",
	"admiral": "Admiral", "cmdr": "Commander", "commander": "Commander", "cpl": "Corporal",
	"dr": "Doctor", "doctor": "Doctor", "mr": "", "mrs": "", "ms": "", "miss": "", "mx": "",
	"president": "President", "president-elect": "President-elect", "vice-president": "Vice President",
	"ex-president": "", "then-president": "President", "vice": "", "former": "", "then": "", "late": "",
	"attorney": "", "ambassador": "Ambassador", "secretary": "Secretary",
	"judge": "Judge", "justice": "Justice", "chief": "", "prime": "", "minister": "Minister",
	"chancellor": "Chancellor", "mayor": "Mayor", "sir": "", "dame": "", "lord": "", "lady": "",
	"prof": "Professor", "professor": "Professor", "speaker": "Speaker", "leader": "Leader",
	"majority": "", "minority": "", "whip": "Whip", "rev": "Reverend", "reverend": "Reverend",
	"pope": "Pope", "king": "King", "queen": "Queen", "prince": "Prince", "princess": "Princess",
	"chairman": "Chairman", "chairwoman": "Chairwoman", "chair": "Chair",
	"commissioner": "Commissioner", "director": "Director", "deputy": "", "sheriff": "Sheriff",
	"detective": "Detective", "officer": "Officer", "coach": "Coach", "first": "", "state": "",
	"assistant": "", "associate": "", "special": "", "counsel": "Counsel", "senior": "",
	"candidate": "Candidate", "nominee": "Nominee", "presidential": "", "democratic": "",
	"republican": "", "democrat": "", "gop": "", "u.s": "", "us": "", "house": "", "senate": "",
	"ceo": "CEO", "cardinal": "Cardinal", "bishop": "Bishop", "rabbi": "Rabbi", "imam": "Imam",
	"father": "", "sister": "", "brother": "", "pastor": "Pastor", "trooper": "Trooper",
	"supt": "Superintendent", "superintendent": "Superintendent", "councilman": "Councilman",
	"councilwoman": "Councilwoman", "councilor": "Councilor", "councillor": "Councillor",
	"alderman": "Alderman", "alderwoman": "Alderwoman", "assemblyman": "Assemblyman", "assemblywoman": "Assemblywoman",
	"delegate": "Delegate", "lieutenant": "Lieutenant", "colonel": "Colonel", "sergeant": "Sergeant",
	"private": "", "emir": "Emir", "sheikh": "Sheikh", "ayatollah": "Ayatollah", "premier": "Premier",
	"mrs.": "", "madam": "", "gens": "General", "atty": "", "solicitor": "", "inspector": "Inspector",
	"spokesman": "spokesman", "spokeswoman": "spokeswoman", "spokesperson": "spokesperson",
	"adviser": "adviser", "advisor": "adviser", "aide": "aide", "strategist": "strategist",
	"economist": "economist", "analyst": "analyst", "lawyer": "lawyer", "attorneys": "",
	"executive": "", "founder": "founder", "co-founder": "co-founder", "cofounder": "co-founder", "host": "host", "anchor": "anchor", "correspondent": "correspondent",
	"pollster": "pollster", "writer": "writer", "author": "author", "columnist": "columnist",
	"manager": "manager", "consultant": "consultant", "scientist": "scientist",
	"secretary-general": "Secretary-General", "director-general": "Director-General", "brig": "",
}

// honorifics mark a person and their gender.
var honorifics = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "sir": 'm', "dame": 'f', "lord": 'm', "lady": 'f', "madam": 'f', "king": 'm', "queen": 'f', "prince": 'm', "princess": 'f', "congressman": 'm', "congresswoman": 'f', "chairman": 'm', "chairwoman": 'f', "spokesman": 'm', "spokeswoman": 'f', "councilman": 'm', "councilwoman": 'f', "assemblyman": 'm', "assemblywoman": 'f', "father": 'm', "sister": 'f', "brother": 'm'}

// abbreviations end with a period that does not end a sentence.
var abbreviations = set("brig", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
	"adm", "cmdr", "cpl", "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "st", "jr", "sr", "supt",
	"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "v", "gens",
	"ft", "mt", "atty", "u.s", "u.n", "u.k", "d.c", "inc", "corp", "co", "ltd", "e.g", "i.e", "etc",
	"approx", "est", "dept", "univ", "assn", "ave", "blvd", "pres", "sec", "gov't")

// nameParticles may sit lower-case inside a name ("Ludwig van Beethoven").
var nameParticles = set("de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "y")

// nameSuffixes follow a surname.
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv")

// orgWords in a capitalised sequence mark an organisation or a thing, not a person.
var orgWords = set("department", "committee", "party", "news", "house", "university", "foundation", "capitol", "patrol", "elementary",
	"corporation", "corporations", "enterprises", "laboratories",
	"institute", "center", "centre", "council", "association", "agency", "bureau", "commission",
	"court", "office", "service", "services", "administration", "senate", "congress", "church",
	"school", "college", "company", "corp", "inc", "group", "network", "times", "post", "journal",
	"street", "avenue", "road", "square", "hospital", "gate", "bridge", "airport", "bank", "fund",
	"club", "league", "union", "army", "navy", "force", "forces", "guard", "police", "ministry",
	"parliament", "assembly", "board", "authority", "organization", "organisation", "society",
	"project", "program", "programme", "museum", "library", "hotel", "tower", "building",
	"state", "states", "city", "county", "republic", "kingdom", "island", "islands", "river", "mountain",
	"lake", "bay", "beach", "valley", "coast", "north", "south", "east", "west", "northern", "southern",
	"eastern", "western", "day", "week", "act", "law", "amendment", "treaty", "award",
	"awards", "prize", "cup", "championship", "championships", "games", "olympics", "series",
	"festival", "show", "live", "tv", "radio", "magazine", "press", "media", "studios", "pictures",
	"records", "entertainment", "airlines", "motors", "technologies", "systems", "labs", "partners",
	"capital", "holdings", "industries", "international", "global", "national", "federal", "united",
	"democrats", "republicans", "democratic", "republican", "caucus", "campaign", "pac", "reserve",
	"exchange", "market", "markets", "research", "policy", "security", "intelligence", "defense",
	"justice", "health", "education", "energy", "commerce", "treasury", "labor", "interior",
	"affairs", "relations", "rights", "watch", "initiative", "alliance", "coalition", "movement",
	"trust", "review", "report", "channel", "station", "stadium", "arena", "theater", "theatre",
	"gallery", "centers", "academy", "tribune", "herald", "gazette", "daily", "weekly", "wire",
	"online", "digital", "media", "book", "books", "film", "movie", "album", "song", "tour",
	"war", "revolution", "era", "age", "empire", "dynasty", "order", "code", "plan", "deal", "accord",
	"summit", "conference", "convention", "forum", "debate", "hearing", "trial", "case",
	"airways", "railway", "railways", "line", "lines", "motor", "oil", "gas", "power", "electric",
	"pharmaceuticals", "bancorp", "financial", "securities", "investments", "ventures", "media",
	"senators", "representatives", "officials", "agents", "troops", "marines", "forum", "facebook",
	"twitter", "google", "youtube", "instagram", "instagram", "apple", "microsoft", "amazon", "uber",
	"cnn", "msnbc", "fox", "abc", "cbs", "nbc", "npr", "bbc", "reuters", "ap", "pbs", "espn",
	"mall", "memorial", "monument", "capitol", "pentagon", "kremlin", "vatican", "internet", "web",
	"constitution", "bible", "koran", "quran", "christmas", "easter", "thanksgiving", "ramadan",
	"halloween", "olympic", "paralympic", "world", "cabinet", "navy", "corps", "brigade", "division",
	"regiment", "battalion", "squad", "team", "fc", "united", "city", "rovers", "wanderers",
	"co", "llc", "plc", "ltd", "qaeda", "command", "institution", "institutions", "hurricane", "typhoon", "cyclone",
	"superstorm", "dems", "blvd", "clinic", "facility", "zone", "scholar",
	"syndicate", "banque", "works")

// months and weekdays are capitalised but never people.
var calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "today", "tomorrow", "yesterday", "tonight")

// placeWords: countries, US states, capitals and regions commonly in news.
var placeWords = set("america", "u.s", "us", "usa", "united", "states", "washington", "alabama", "alaska",
	"arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
	"hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
	"nebraska", "nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio",
	"oklahoma", "oregon", "pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia",
	"wisconsin", "wyoming", "new", "russia", "china", "japan", "korea", "india", "pakistan", "iran",
	"iraq", "syria", "israel", "palestine", "gaza", "egypt", "turkey", "germany", "france", "britain",
	"england", "scotland", "wales", "ireland", "italy", "spain", "portugal", "greece", "ukraine",
	"poland", "canada", "australia", "brazil", "argentina", "venezuela", "cuba", "afghanistan",
	"europe", "asia", "africa", "moscow", "beijing", "london", "paris", "berlin", "tokyo", "brussels",
	"kabul", "baghdad", "damascus", "tehran", "jerusalem", "chicago", "boston", "atlanta", "dallas",
	"houston", "miami", "philadelphia", "detroit", "seattle", "denver", "phoenix", "angeles", "los",
	"san", "francisco", "diego", "vegas", "las", "orleans", "manhattan", "brooklyn", "queens",
	"bronx", "baltimore", "cleveland", "pittsburgh", "minneapolis", "nashville", "charlotte",
	"saudi", "arabia", "emirates", "qatar", "yemen", "libya", "sudan", "nigeria", "kenya", "ethiopia",
	"somalia", "lebanon", "jordan", "kuwait", "bahrain", "oman", "vietnam", "thailand", "indonesia",
	"philippines", "malaysia", "singapore", "taiwan", "hong", "kong", "netherlands", "belgium",
	"sweden", "norway", "denmark", "finland", "switzerland", "austria", "hungary", "romania",
	"bulgaria", "serbia", "croatia", "crimea", "chechnya", "georgia", "armenia", "azerbaijan",
	"kazakhstan", "uzbekistan", "belarus", "latvia", "lithuania", "estonia", "colombia", "peru",
	"chile", "bolivia", "ecuador", "haiti", "honduras", "guatemala", "nicaragua", "salvador",
	"panama", "jamaica", "zealand", "wall", "street", "hollywood", "silicon", "valley", "westminster",
	"downing", "whitehall", "middle", "east", "west", "north", "south", "midwest", "iowa", "capitol",
	"hill", "ground", "zero", "europe", "eu", "un", "uk", "nato", "dc", "d.c", "la", "nyc", "st",
	"fort", "mount", "lake", "port", "manchester", "liverpool", "birmingham", "glasgow", "edinburgh",
	"dublin", "belfast", "cardiff", "madrid", "rome", "milan", "vienna", "prague", "warsaw", "kiev",
	"kyiv", "istanbul", "ankara", "cairo", "riyadh", "dubai", "delhi", "mumbai", "seoul", "pyongyang",
	"sydney", "melbourne", "toronto", "ottawa", "vancouver", "montreal", "havana", "caracas",
	// world news: more countries and capitals (none a given name a
	// person is called by, see notGivenPlaces)
	"tanzania", "uganda", "rwanda", "burundi", "zambia", "zimbabwe", "mozambique", "angola", "namibia",
	"botswana", "ghana", "senegal", "cameroon", "congo", "zaire", "eritrea", "djibouti", "morocco",
	"algeria", "tunisia", "mauritania", "liberia", "gabon", "madagascar", "malawi", "lesotho", "swaziland",
	"benin", "togo", "burkina", "mali", "lanka", "bangladesh", "nepal", "bhutan", "myanmar", "burma",
	"cambodia", "kampuchea", "laos", "mongolia", "brunei", "tajikistan", "turkmenistan", "kyrgyzstan",
	"moldova", "slovakia", "slovenia", "bosnia", "herzegovina", "montenegro", "macedonia", "albania",
	"kosovo", "cyprus", "malta", "iceland", "luxembourg", "liechtenstein", "monaco", "uruguay",
	"paraguay", "guyana", "suriname", "belize", "barbados", "trinidad", "tobago", "bahamas", "fiji",
	"samoa", "tonga", "papua", "guinea", "yugoslavia", "czechoslovakia", "ussr", "jakarta", "manila",
	"bangkok", "hanoi", "saigon", "peking", "shanghai", "taipei", "kuala", "lumpur", "karachi",
	"islamabad", "lahore", "kathmandu", "dhaka", "colombo", "rangoon", "yangon", "phnom", "penh",
	"tashkent", "almaty", "baku", "tbilisi", "yerevan", "minsk", "vilnius", "riga", "tallinn", "helsinki",
	"stockholm", "oslo", "copenhagen", "amsterdam", "rotterdam", "zurich", "bonn", "frankfurt",
	"munich", "hamburg", "lisbon", "athens", "budapest", "bucharest", "belgrade", "zagreb", "sarajevo",
	"ljubljana", "bratislava", "beirut", "amman", "doha", "dhabi", "muscat", "sanaa", "khartoum",
	"nairobi", "addis", "ababa", "mogadishu", "kampala", "kinshasa", "abuja", "accra", "dakar",
	"harare", "lusaka", "pretoria", "johannesburg", "durban", "algiers", "tunis", "tripoli", "rabat",
	"casablanca", "bogota", "quito", "brasilia", "janeiro", "buenos", "aires", "montevideo", "asuncion",
	"managua", "tegucigalpa", "canberra", "auckland", "osaka", "kyoto", "nagoya", "vladivostok",
	"kharkiv", "leningrad", "gdansk", "krakow", "strasbourg", "marseille", "barcelona", "seville",
	"naples", "turin", "genoa", "calgary", "edmonton", "winnipeg", "quebec")

// worldMaleGiven are men's given names of world news that the US birth
// records lack ("Helmut Kohl", "Barack Obama", "Shinzo Abe"): without
// them one stray "her" nearby made such a man a woman.
var worldMaleGiven = set("helmut", "jurgen", "juergen", "horst", "joschka", "sigmar", "heiko", "romano",
	"sergei", "sergey", "yevgeny", "petro", "volodymyr", "leonid", "anatoly", "barack", "hosni", "bashar",
	"saddam", "muammar", "moammar", "recep", "yitzhak", "ehud", "avigdor", "shinzo", "yasuhiro", "kiichi",
	"noboru", "ichiro", "koichi", "junichiro", "yoshihiko", "naoto", "taro", "fumio", "yoshihide",
	"satoshi", "toshiki", "morihiro", "ryutaro", "keizo", "tomiichi", "kakuei", "akihito", "naruhito",
	"narendra", "manmohan", "atal", "nawaz", "pervez", "jawaharlal", "mahathir", "najib", "muhyiddin",
	"joko", "inacio", "evo")

// newsGiven are given names of US public life that the birth records lack
// (fewer than 500 babies, or a nickname): the first words of people the
// extractor found by a cue in four or more allsides-10k articles but
// missed in a tenth or more of the articles naming them in full, with no
// cue near ("... the man he backs for president: Mitt Romney.").
var newsGiven = map[string]byte{"mitt": 'm', "reince": 'm', "beto": 'm', "rahm": 'm', "antonin": 'm', "piers": 'm',
	"megyn": 'f', "huma": 'f', "oprah": 'f', "condoleezza": 'f'}

// notGivenPlaces are places the given-names list holds as rare given
// names; the lexicon drops them from it.
var notGivenPlaces = set("tanzania", "zaire", "tunisia", "mali", "burma", "trinidad", "sanaa", "nairobi", "addis")

// nationalityWords are demonyms and group names, capitalised but not people.
var nationalityWords = set("american", "americans", "russian", "russians", "chinese", "japanese",
	"korean", "koreans", "indian", "indians", "pakistani", "iranian", "iranians", "iraqi", "iraqis",
	"syrian", "syrians", "israeli", "israelis", "palestinian", "palestinians", "egyptian", "turkish",
	"german", "germans", "french", "british", "english", "scottish", "welsh", "irish", "italian",
	"spanish", "portuguese", "greek", "ukrainian", "ukrainians", "polish", "canadian", "canadians",
	"australian", "australians", "brazilian", "mexican", "mexicans", "cuban", "cubans", "afghan",
	"afghans", "european", "europeans", "asian", "asians", "african", "africans", "arab", "arabs",
	"muslim", "muslims", "christian", "christians", "jewish", "jews", "catholic", "catholics",
	"protestant", "evangelical", "evangelicals", "hispanic", "hispanics", "latino", "latinos",
	"latina", "black", "white", "democrat", "democrats", "republican", "republicans", "democratic",
	"gop", "conservative", "conservatives", "liberal", "liberals", "libertarian", "independent",
	"socialist", "communist", "nazi", "nazis", "saudi", "saudis", "emirati", "qatari", "yemeni",
	"libyan", "nigerian", "kenyan", "lebanese", "jordanian", "kuwaiti", "vietnamese", "thai",
	"indonesian", "filipino", "taiwanese", "dutch", "belgian", "swedish", "norwegian", "danish",
	"finnish", "swiss", "austrian", "hungarian", "romanian", "serbian", "croatian", "kurdish", "kurds",
	"sunni", "shiite", "shia", "western", "eastern", "northern", "southern", "soviet", "north", "south",
	"texan", "californian", "new", "yorker", "yorkers", "senate", "house", "congressional", "federal",
	"national", "international", "supreme", "pro", "anti", "tory", "tories", "labour", "brexit",
	"brexiteers", "remainers", "islamic", "isis", "isil", "taliban", "hamas", "hezbollah",
	// demonyms of world news ("Philippine copra cake", "Argentine Finance
	// Minister"); not those that are also given names ("Sierra", "Sri")
	"albanian", "algerian", "angolan", "argentine", "argentinian", "armenian", "azerbaijani", "bahraini",
	"bangladeshi", "belarusian", "bolivian", "bosnian", "bulgarian", "burmese", "cambodian", "cameroonian",
	"chilean", "colombian", "congolese", "cypriot", "czech", "czechoslovak", "ecuadorian", "eritrean",
	"estonian", "ethiopian", "fijian", "gabonese", "ghanaian", "guatemalan", "guinean", "haitian",
	"honduran", "icelandic", "ivorian", "jamaican", "kazakh", "kosovar", "kyrgyz", "laotian", "latvian",
	"liberian", "lithuanian", "macedonian", "malagasy", "malawian", "malaysian", "maldivian", "malian",
	"maltese", "mauritanian", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican", "namibian",
	"nepalese", "nicaraguan", "nigerien", "omani", "panamanian", "paraguayan", "peruvian", "philippine",
	"rwandan", "salvadoran", "scandinavian", "senegalese", "singaporean", "slovak", "slovenian", "somali",
	"sudanese", "tajik", "tanzanian", "tibetan", "togolese", "tunisian", "turkmen", "ugandan", "uruguayan",
	"uzbek", "venezuelan", "yugoslav", "zambian", "zimbabwean", "caribbean", "baltic", "balkan", "nordic")

// capStopWords are capitalised words at a sentence start (or in headlines)
// that are never part of a name.
var capStopWords = set("the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on",
	"at", "to", "of", "by", "with", "from", "as", "if", "when", "while", "after", "before", "since",
	"because", "although", "though", "unless", "until", "during", "about", "against", "among",
	"between", "into", "over", "under", "through", "without", "within", "this", "that", "these",
	"those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
	"their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "whose", "what", "which",
	"where", "why", "how", "all", "some", "many", "most", "more", "much", "few", "several", "each",
	"every", "any", "no", "not", "none", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "first", "second", "third", "last", "next", "other", "another", "such",
	"also", "only", "just", "even", "still", "then", "now", "yes", "well", "meanwhile", "however",
	"asked", "according", "said", "says", "says", "earlier", "later", "instead", "indeed", "still",
	"despite", "like", "unlike", "both", "either", "neither", "do", "does", "did", "is", "are",
	"was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
	"may", "might", "must", "shall", "let", "please", "thank", "thanks", "oh", "mr", "mrs", "ms",
	"dr", "after", "once", "again", "already", "perhaps", "maybe", "sources", "source", "officials",
	"read", "related", "watch", "photo", "video", "image", "click", "share", "shares", "getty",
	"images", "advertisement", "sign", "subscribe", "follow", "more", "new", "old", "top", "former",
	"senior", "chief", "key", "nearly", "almost", "about", "around", "amid", "across", "behind",
	"beyond", "up", "down", "out", "off", "away", "back", "today", "tonight", "yesterday",
	"tomorrow", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "it's",
	"that's", "there's", "here's", "what's", "let's", "we're", "they're", "i'm", "you're", "he's",
	"she's", "we've", "they've", "i've", "won't", "can't", "couldn't", "wouldn't", "shouldn't",
	"whether", "whatever", "whoever", "everyone", "everybody", "someone", "somebody", "nobody",
	"anyone", "anybody", "nothing", "something", "everything", "anything", "via", "per", "than",
	"too", "very", "really", "already", "never", "always", "often", "sometimes", "ever", "soon",
	"part", "editor", "editors", "note", "update", "updated", "breaking", "exclusive", "opinion",
	"analysis", "commentary", "live", "sen", "rep", "gov", "gen", "president", "dear", "hello",
	"good", "great", "big", "best", "worst", "bad", "true", "false", "fake", "crooked", "lyin",
	"little", "sleepy", "mister", "okay", "ok", "hey", "wow", "amen", "sorry", "no", "not",
	"versus", "vs", "videos", "replay", "watched", "photos", "gallery", "slideshow", "caption")

// speechVerbs are attribution cues, by their inflected form. The value is
// the lemma, reported as the cue.
var speechVerbs = map[string]string{}

func init() {
	for _, group := range [][]string{
		{"say", "said", "says", "saying"},
		{"tell", "told", "tells", "telling"},
		{"ask", "asked", "asks", "asking"},
		{"add", "added", "adds", "adding"},
		{"write", "wrote", "writes", "writing", "written"},
		{"tweet", "tweeted", "tweets", "tweeting"},
		{"argue", "argued", "argues", "arguing"},
		{"insist", "insisted", "insists", "insisting"},
		{"affirm", "affirmed", "affirms", "affirming"},
		{"note", "noted", "notes", "noting"},
		{"warn", "warned", "warns", "warning"},
		{"explain", "explained", "explains", "explaining"},
		{"call", "called", "calls", "calling"},
		{"describe", "described", "describes", "describing"},
		{"declare", "declared", "declares", "declaring"},
		{"state", "stated", "states", "stating"},
		{"claim", "claimed", "claims", "claiming"},
		{"contend", "contended", "contends", "contending"},
		{"suggest", "suggested", "suggests", "suggesting"},
		{"continue", "continued", "continues", "continuing"},
		{"reply", "replied", "replies", "replying"},
		{"respond", "responded", "responds", "responding"},
		{"answer", "answered", "answers", "answering"},
		{"recall", "recalled", "recalls", "recalling"},
		{"admit", "admitted", "admits", "admitting"},
		{"acknowledge", "acknowledged", "acknowledges", "acknowledging"},
		{"announce", "announced", "announces", "announcing"},
		{"report", "reported", "reports", "reporting"},
		{"predict", "predicted", "predicts", "predicting"},
		{"promise", "promised", "promises", "promising"},
		{"vow", "vowed", "vows", "vowing"},
		{"urge", "urged", "urges", "urging"},
		{"exhort", "exhorted", "exhorts", "exhorting"},
		{"complain", "complained", "complains", "complaining"},
		{"charge", "charged", "charges"},
		{"allege", "alleged", "alleges", "alleging"},
		{"assert", "asserted", "asserts", "asserting"},
		{"maintain", "maintained", "maintains", "maintaining"},
		{"observe", "observed", "observes", "observing"},
		{"quip", "quipped", "quips", "quipping"},
		{"joke", "joked", "jokes", "joking"},
		{"shout", "shouted", "shouts", "shouting"},
		{"yell", "yelled", "yells", "yelling"},
		{"scream", "screamed", "screams"},
		{"chant", "chanted", "chants", "chanting"},
		{"exclaim", "exclaimed", "exclaims"},
		{"whisper", "whispered", "whispers"},
		{"mutter", "muttered", "mutters"},
		{"boast", "boasted", "boasts", "boasting"},
		{"brag", "bragged", "brags", "bragging"},
		{"concede", "conceded", "concedes", "conceding"},
		{"confirm", "confirmed", "confirms", "confirming"},
		{"deny", "denied", "denies", "denying"},
		{"emphasize", "emphasized", "emphasizes", "emphasizing", "emphasised", "emphasises"},
		{"stress", "stressed", "stresses", "stressing"},
		{"point", "pointed"},
		{"put", "puts"}, // only in "put it" (findCues)
		{"post", "posted"},
		{"wonder", "wondered", "wonders"},
		{"remark", "remarked", "remarks"},
		{"mention", "mentioned", "mentioning"},
		{"tout", "touted", "touts", "touting"},
		{"accuse", "accused", "accuses", "accusing"},
		{"criticize", "criticized", "criticizes", "criticizing", "criticised"},
		{"blast", "blasted", "blasts", "blasting"},
		{"slam", "slammed", "slams", "slamming"},
		{"dismiss", "dismissed", "dismisses", "dismissing"},
		{"label", "labeled", "labelled", "labels", "labeling", "labelling"},
		{"dub", "dubbed", "dubs", "dubbing"},
		{"term", "termed", "terms"},
		{"characterize", "characterized", "characterizes", "characterised", "characterizing"},
		{"refer", "referred", "refers", "referring"},
		{"praise", "praised", "praises", "praising"},
		{"pledge", "pledged", "pledges", "pledging"},
		{"testify", "testified", "testifies", "testifying"},
		{"conclude", "concluded", "concludes"},
		{"read", "reads"},
		{"begin", "began", "begins"},
		{"counter", "countered", "counters", "countering"},
		{"retort", "retorted"},
		{"snap", "snapped"},
		{"plead", "pleaded"},
		{"thunder", "thundered"},
		{"lament", "lamented", "laments", "lamenting"},
		{"cite", "cited", "cites", "citing"},
		{"signal", "signaled", "signalled"},
		{"caution", "cautioned", "cautions", "cautioning"},
		{"demand", "demanded", "demands", "demanding"},
		{"tell", "telling"},
		{"according"},
		{"quote", "quoted", "quoting"},
		{"speak", "spoke", "speaks", "speaking"},
		{"reiterate", "reiterated", "reiterates", "reiterating"},
		{"believe", "believes", "believed"},
		{"think", "thinks", "thought"},
		{"feel", "feels", "felt"},
		{"reason", "reasoned"},
		{"hope", "hoped", "hopes"},
		{"acknowledge"},
		{"promise"},
		{"pronounce", "pronounced"},
		{"press", "pressed"}, {"interject", "interjected"}, {"remember", "remembered"}, {"retaliate", "retaliated"}, {"riff", "riffed"}, {"chime", "chimed"}, {"reflect", "reflected"}, {"beam", "beamed"}, {"boom", "boomed"},
		{"gush", "gushed"}, {"muse", "mused"}, {"ponder", "pondered"}, {"scoff", "scoffed"}, {"sneer", "sneered"},
		{"chide", "chided"}, {"concur", "concurred"}, {"opine", "opined"}, {"sigh", "sighed"},
		{"laugh", "laughed"}, {"cry", "cried"}, {"roar", "roared"}, {"groan", "groaned"},
		{"fume", "fumed"}, {"rail", "railed"}, {"rant", "ranted"}, {"tease", "teased"},
		{"taunt", "taunted"}, {"hint", "hinted"}, {"text", "texted"}, {"email", "emailed"},
		{"message", "messaged"}, {"reprimand", "reprimanded"}, {"recount", "recounted"},
		{"proclaim", "proclaimed"}, {"implore", "implored"}, {"plead", "pleads"},
		{"conclude"}, {"advise", "advised"}, {"question", "questioned"}, {"joke"},
		{"offer", "offered"}, {"surmise", "surmised"}, {"estimate", "estimated"},
		{"worry", "worried"}, {"fret", "fretted"}, {"marvel", "marveled", "marvelled"},
		{"agree", "agreed", "agrees"},
		{"react", "reacted", "reacts"},
		{"comment", "commented", "comments"},
	} {
		for _, w := range group {
			speechVerbs[w] = group[0]
		}
	}
}

// weakCues are speech verbs that are often not speech ("called for",
// "states", "read"); they count only next to a quote or a colon.
var weakCues = set("affirm", "put", "remember", "reflect", "chime", "call", "state", "report", "post", "point", "read", "begin", "refer", "continue",
	"charge", "believe", "think", "feel", "hope", "speak", "cite", "signal", "demand", "mention",
	"confirm", "deny", "accuse", "praise", "criticize", "label", "dub", "term", "characterize", "describe",
	"promise", "pledge", "testify", "quote", "tout", "admit", "announce", "conclude", "predict",
	"press", "beam", "boom", "laugh", "cry", "offer", "estimate", "worry", "question", "advise", "message", "text", "email",
	"urge", "complain", "dismiss", "slam", "blast", "wonder", "ponder", "remark", "reason", "observe", "maintain", "agree", "react", "comment")

// auxWords may sit between a subject and its speech verb ("has said",
// "would later tell", "did not deny").
var auxWords = set("has", "have", "had", "would", "will", "did", "does", "do", "could", "should",
	"might", "may", "must", "can", "also", "later", "then", "again", "once", "previously", "recently",
	"repeatedly", "publicly", "privately", "flatly", "simply", "only", "not", "never", "just",
	"already", "often", "frequently", "quickly", "immediately", "initially", "first", "famously",
	"reportedly", "allegedly", "subsequently", "separately", "similarly", "similarly", "angrily",
	"bluntly", "candidly", "finally", "earlier", "specifically", "explicitly", "openly", "herself",
	"himself", "directly", "was", "is", "were", "are", "been", "be", "being", "still", "even",
	"ultimately", "apparently", "sarcastically", "jokingly", "tersely", "curtly", "softly", "firmly",
	"strongly", "last", "year", "week", "month", "yesterday", "today", "thursday", "monday",
	"tuesday", "wednesday", "friday", "saturday", "sunday", "night", "morning", "afternoon",
	"evening", "emphatically", "forcefully", "loudly", "quietly", "proudly", "flatly",
	"confidently", "optimistically", "cautiously", "mostly", "largely", "essentially", "basically")

// determiners start a descriptive source phrase ("a White House official").
var determiners = set("a", "an", "the", "two", "three", "four", "five", "several", "some", "many",
	"one", "another", "other", "both", "multiple", "numerous", "various", "his", "her", "their",
	"its", "our", "few", "most", "all")

// sourceNouns head an unnamed or organisational source phrase.
var sourceNouns = union(union(callingNouns, eventRoles), set("official", "officials", "source", "sources", "spokesman", "spokeswoman",
	"spokesperson", "spokespeople", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
	"statement", "campaign", "administration", "department", "ministry", "government", "kremlin",
	"white", "house", "committee", "commission", "agency", "police", "report", "lawyer", "lawyers",
	"attorney", "attorneys", "team", "office", "spokespersons", "representative", "representatives",
	"staffer", "staffers", "senator", "senators", "lawmaker", "lawmakers", "member", "members",
	"democrat", "democrats", "republican", "republicans", "leader", "leaders", "group", "groups",
	"poll", "survey", "study", "analysis", "memo", "letter", "lawsuit", "complaint", "indictment",
	"filing", "brief", "briefs", "ruling", "order", "court", "judge", "organization", "company", "firm", "union",
	"council", "board", "party", "networks", "network", "newspaper", "paper", "editorial", "website",
	"site", "post", "tweet", "tweets", "people", "person", "critics", "supporters", "experts",
	"expert", "analyst", "analysts", "economist", "economists", "observers", "residents", "voters",
	"witnesses", "witness", "protesters", "activists", "campaigners", "investigators", "prosecutors", "prosecutor",
	"authorities", "officers", "officer", "diplomat", "diplomats", "insider", "insiders", "operative",
	"operatives", "strategist", "strategists", "pollster", "pollsters", "staff", "coalition",
	"alliance", "caucus", "federation", "association", "institute", "foundation", "center", "bureau",
	"department", "fbi", "cia", "pentagon", "doj", "dhs", "ministry", "embassy", "spokesmen", "friend",
	"friends", "colleague", "colleagues", "ally", "allies", "associate", "associates", "counsel",
	"manager", "director", "chairman", "chairwoman", "chair", "executive", "executives", "ceo",
	"president", "secretary", "minister", "governor", "mayor", "senator", "congressman",
	"congresswoman", "candidate", "nominee", "host", "anchor", "reporter", "reporters", "correspondent", "writer",
	"author", "authors", "researchers", "scientists", "doctors", "doctor", "physician", "nurse",
	"teacher", "student", "students", "parent", "parents", "mother", "father", "wife", "husband",
	"son", "daughter", "family", "neighbors", "neighbor", "owner", "worker", "workers", "employees",
	"employee", "union", "unions", "businessman", "businesswoman", "billionaire", "veteran",
	"veterans", "commentator", "commentators", "columnist", "critic", "supporter", "backer",
	"backers", "donor", "donors", "fan", "fans", "man", "woman", "men", "women", "individual",
	"individuals", "military", "army", "navy", "ministry", "regulator", "regulators", "bank",
	"central", "federal", "reserve", "fed", "treasury", "state", "statement", "release", "press",
	"conference", "interview", "message", "post", "account", "article", "story", "piece", "editorial", "ad", "ads",
	"kremlin", "whitehall", "downing", "palace", "vatican", "congress", "senate", "parliament",
	// documents quoted as sources: "the email read", "the suit says"
	"email", "emails", "suit", "petition", "motion", "transcript", "document", "documents",
	"book", "column", "op-ed", "blog", "video", "website", "release", "decision", "opinion",
	"verdict", "indictment", "subpoena", "warrant", "affidavit", "testimony", "platform", "manifesto",
	"agent", "agents", "respondents", "questioner", "questioners", "narrator",
	// people of markets and trade, whom wire stories quote unnamed
	"banker", "bankers", "trader", "traders", "dealer", "dealers", "broker", "brokers",
	"negotiator", "negotiators", "legislator", "legislators", "farmer", "farmers",
	"consultants", "specialist", "specialists",
	// the rest of those just quoted ("Others carried signs that read ...")
	"others",
	// crowds that chant or shout what is quoted
	"crowd", "crowds", "audience", "spectators", "marchers", "demonstrators", "attendees", "delegates",
	// people named by their trade or calling: callingNouns
))

// callingNouns name people by their trade or calling ("the business
// mogul announced that "..."", "the retired neurosurgeon", "the
// heckler"); all are source nouns, and "the" with a singular calling
// noun may be an epithet for a person named before (see epithetPerson;
// eventRoles name someone else, the moderator of a debate).
var callingNouns = set("mogul", "moguls", "tycoon", "tycoons", "magnate", "investor", "investors", "developer",
	"entrepreneur", "actor", "actress", "singer", "comedian", "pastor", "preacher",
	"rabbi", "priest", "bishop", "cleric", "imam", "professor", "professors", "historian",
	"historians", "scholar", "scholars", "researcher", "scientist", "neurosurgeon", "surgeon",
	"activist", "advocate", "advocates", "lobbyist", "lobbyists", "consultant", "founder")

// eventRoles name people by what they do at an event; source nouns.
var eventRoles = set("organizer", "organizers", "moderator", "moderators", "heckler", "hecklers",
	"commenter", "commenters")

// union is a new set of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}
