package extract

import "strings"

// stateCodes map the abbreviations a party tag gives a state with ("R-Ky.",
// "R-LA", "D-Calif.") to the state's name, lower-case, so "the Kentucky
// Republican" meets "Sen. Mitch McConnell, R-Ky.".
var stateCodes = map[string]string{
	"al": "alabama", "ala": "alabama", "ak": "alaska", "az": "arizona", "ariz": "arizona",
	"ar": "arkansas", "ark": "arkansas", "ca": "california", "calif": "california",
	"co": "colorado", "colo": "colorado", "ct": "connecticut", "conn": "connecticut",
	"de": "delaware", "del": "delaware", "fl": "florida", "fla": "florida", "ga": "georgia",
	"hi": "hawaii", "id": "idaho", "il": "illinois", "ill": "illinois", "in": "indiana",
	"ind": "indiana", "ia": "iowa", "ks": "kansas", "kan": "kansas", "kans": "kansas",
	"ky": "kentucky", "la": "louisiana", "me": "maine", "md": "maryland", "ma": "massachusetts",
	"mass": "massachusetts", "mi": "michigan", "mich": "michigan", "mn": "minnesota",
	"minn": "minnesota", "ms": "mississippi", "miss": "mississippi", "mo": "missouri",
	"mt": "montana", "mont": "montana", "ne": "nebraska", "neb": "nebraska", "nebr": "nebraska",
	"nv": "nevada", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey",
	"nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota",
	"oh": "ohio", "ok": "oklahoma", "okla": "oklahoma", "or": "oregon", "ore": "oregon",
	"pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
	"tn": "tennessee", "tenn": "tennessee", "tx": "texas", "tex": "texas", "ut": "utah",
	"vt": "vermont", "va": "virginia", "wa": "washington", "wash": "washington",
	"wv": "west virginia", "wva": "west virginia", "wi": "wisconsin", "wis": "wisconsin",
	"wy": "wyoming", "wyo": "wyoming",
}

// stateCode is the lower-case state an abbreviation names ("Ky.",
// "N.H.", "R-Ky" less its party: "Ky"), ignoring dots, hyphens, spaces
// and case; ok is false for any other text.
func stateCode(s string) (full string, ok bool) {
	var key [8]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' || c == '-' || c == ' ' {
			continue
		}
		if n == len(key) {
			return "", false // longer than any abbreviation
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key[n] = c
		n++
	}
	full, ok = stateCodes[string(key[:n])]
	return full, ok
}

// stateName is a person's state as "the Kentucky Republican" names it:
// lower-case, an abbreviation spelt out ("Ky." -> "kentucky").
func stateName(s string) string {
	if full, ok := stateCode(s); ok {
		return full
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// stateTitle is the state a person's entry shows: an abbreviation from a
// party tag spelt out ("R-Ky." -> "Kentucky"), so one person's state reads
// the same whichever way an article wrote it; any other text unchanged
// (a state written out, "New York", keeps its own spelling).
func stateTitle(s string) string {
	full, ok := stateCode(s)
	if !ok || strings.Contains(s, " ") {
		return s
	}
	words := strings.Fields(full)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
