package aggregate

import "strings"

// titleWords are words that come before a name without being part of it
// ("Sen. Al Franken", "House Minority Leader Nancy Pelosi"). Key strips
// them from the front while a name is left.
var titleWords = setOf(
	"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
	"rev", "reverend", "fr", "father", "sister", "brother", "rabbi", "imam", "pope",
	"sen", "senator", "rep", "representative", "congressman", "congresswoman", "delegate",
	"gov", "governor", "lt", "lieutenant", "mayor", "president", "vice", "vp", "former", "the",
	"attorney", "general", "gen", "secretary", "sec", "ambassador", "amb", "justice", "judge", "chief",
	"prime", "minister", "chancellor", "speaker", "leader", "majority", "minority", "whip",
	"house", "senate", "deputy", "assistant", "acting", "press", "director", "chairman",
	"chairwoman", "chair", "commissioner", "sheriff", "officer", "special", "counsel",
	"col", "colonel", "maj", "major", "capt", "captain", "cmdr", "commander", "sgt", "sergeant",
	"adm", "admiral", "cpl", "pvt", "king", "queen", "prince", "princess", "first", "sheikh",
	"of", "state", "us", "u", "s",
)

// suffixWords end a name without being its surname: "Donald Trump Jr."
// is a Trump, and not the same one.
var suffixWords = setOf("jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Key is the identity of a person's name: folded (lower case, accents,
// apostrophes and punctuation gone) with leading titles stripped, so
// "Sen. Al Franken", "AL FRANKEN" and "Al Franken" are one key while
// "Donald Trump Jr." keeps its suffix. A name that is nothing but title
// words keeps its last one ("the Senator" -> "senator").
func Key(name string) string {
	return strings.Join(keyWords(name), " ")
}

// Group names the surname group of a name: what the table works out for
// a name (its person, the joins of its spellings) depends only on the
// articles naming some name of its group (see Table.forget), so a cache of
// answers stays right for every group no changed article names.
func Group(name string) string {
	last, _ := surname(Key(name))
	if last == "" {
		return ""
	}
	return surnameGroup(last)
}

func keyWords(name string) []string {
	w := foldWords(name)
	for len(w) > 1 && titleWords[w[0]] {
		w = w[1:]
	}
	return w
}

// surname is the family name of a key: its last word that is not a
// suffix ("donald trump jr" -> "trump"), and whether the key has a given
// name before it (a bare surname has not).
func surname(key string) (last string, full bool) {
	// Word by word from the end, without splitting the key: every
	// counted key is looked at when a table is loaded.
	rest := strings.TrimRight(key, " ")
	for {
		rest = strings.TrimRight(rest, " \t\n\r\v\f")
		if rest == "" {
			return "", false
		}
		i := strings.LastIndexAny(rest, " \t\n\r\v\f")
		word, before := rest[i+1:], strings.TrimRight(rest[:i+1], " \t\n\r\v\f")
		if before != "" && suffixWords[word] {
			rest = before
			continue
		}
		return word, before != ""
	}
}
