package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DetectSource finds the outlet in an article's text, for records that do
// not name one: a dateline such as "(CNN)", "WASHINGTON (Reuters) -" or
// "(AP) —" at the start, a credit line such as "ABC News' Chris Donovan
// contributed to this report", or Reuters' "(Reporting by ...)" sign-off.
// Known outlets come back in one spelling ("Associated Press" for AP). It
// returns "" when the text names no outlet.
func DetectSource(text string) string {
	if src := datelineSource(text); src != "" {
		return src
	}
	return creditSource(text)
}

// datelineSource reads an outlet from a dateline at the start of text.
func datelineSource(text string) string {
	open, close := dateline(text)
	if open < 0 {
		return ""
	}
	return normalizeOutlet(text[open+1 : close])
}

// datelineEnd returns the offset just after a leading dateline with an
// outlet, or 0 when text has none.
func datelineEnd(text string) int {
	_, close := dateline(text)
	if close < 0 {
		return 0
	}
	rest := text[close+1:]
	trimmed := strings.TrimLeft(rest, " -–—:")
	return len(text) - len(trimmed)
}

// dateline finds "(Outlet)" within the first words of text, preceded only
// by a place name and an optional date ("WASHINGTON, March 2 (Reuters)",
// "Washington (CNN)"), and returns the offsets of its parentheses, or -1.
func dateline(text string) (int, int) {
	head := text
	if len(head) > 120 {
		head = head[:120]
	}
	open := strings.IndexByte(head, '(')
	if open < 0 {
		return -1, -1
	}
	close := strings.IndexByte(head[open:], ')')
	if close < 0 {
		return -1, -1
	}
	close += open
	prefix := strings.TrimSpace(head[:open])
	if !placePrefix(prefix) {
		return -1, -1
	}
	name := strings.TrimSpace(head[open+1 : close])
	if _, ok := knownOutlet(name); ok {
		return open, close
	}
	// An unknown name needs the full newswire form, an all-caps place
	// before it: "Sen. Jones (R)" and a leading photo credit such as
	// "(Jonathan Ernst/Reuters)" are not datelines.
	if prefix == "" || strings.ToUpper(prefix) != prefix || !hasLetter(prefix) {
		return -1, -1
	}
	if len(name) < 3 || !outletShaped(name) || strings.ContainsAny(name, "-\n\r") {
		return -1, -1
	}
	return open, close
}

// placePrefix reports whether s could be the place (and date) part of a
// dateline: empty, or a few capitalised words, commas, and a day number.
func placePrefix(s string) bool {
	if s == "" {
		return true
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// outletShaped reports whether s could name an outlet: one to four words,
// capitalised, with no digits.
func outletShaped(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	return !strings.ContainsAny(s, "0123456789,;:/")
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

var (
	// creditLine matches "ABC News' Chris Donovan contributed to this
	// report" (group 1 the possessive outlet) and "The Associated Press
	// contributed to this report" (group 2 the whole subject).
	creditLine = regexp.MustCompile(`(?:^|[\n.!?"”] *)(?:([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s? [^\n]{0,120}?|((?:[Tt]he )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) )(?:also )?contributed (?:to )?(?:this|the) (?:report|story|article)`)
	// reutersSignoff is the newswire's "(Reporting by X; Editing by Y)".
	reutersSignoff = regexp.MustCompile(`\((?:Additional )?[Rr]eporting by [^)]{2,200}(?:[Ee]diting|[Ww]riting) by [^)]{2,100}\)`)
)

// creditSource reads an outlet from a credit line or a newswire sign-off.
func creditSource(text string) string {
	if m := creditLine.FindStringSubmatch(text); m != nil {
		if m[1] != "" {
			if o := normalizeOutlet(m[1]); o != "" {
				return o
			}
		}
		if m[2] != "" {
			if o, ok := knownOutlet(m[2]); ok {
				return o
			}
			if orgWord(m[2]) {
				return normalizeOutlet(m[2])
			}
		}
	}
	if reutersSignoff.MatchString(text) {
		return "Reuters"
	}
	return ""
}

// outlets maps lower-case spellings to the one storytui shows.
var outlets = map[string]string{
	"cnn": "CNN", "cnnmoney": "CNN", "cnn politics": "CNN", "cnn wire": "CNN",
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"ap": "Associated Press", "the associated press": "Associated Press", "associated press": "Associated Press",
	"abc": "ABC News", "abc news": "ABC News",
	"nbc": "NBC News", "nbc news": "NBC News",
	"cbs": "CBS News", "cbs news": "CBS News",
	"fox": "Fox News", "fox news": "Fox News", "foxnews.com": "Fox News", "fox news channel": "Fox News",
	"fox business": "Fox Business", "fox business network": "Fox Business",
	"cnn.com": "CNN", "reuters.com": "Reuters", "the associated press (ap)": "Associated Press",
	"afp": "AFP", "agence france-presse": "AFP",
	"bbc": "BBC News", "bbc news": "BBC News",
	"bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
	"upi": "UPI", "npr": "NPR",
	"the hill": "The Hill", "politico": "Politico",
	"the new york times": "The New York Times", "new york times": "The New York Times",
	"the washington post": "The Washington Post", "washington post": "The Washington Post",
}

// knownOutlet looks s up among the known outlets.
func knownOutlet(s string) (string, bool) {
	o, ok := outlets[strings.ToLower(strings.TrimSpace(s))]
	return o, ok
}

// normalizeOutlet returns the known spelling of s, or s itself when it is
// shaped like an outlet name, else "".
func normalizeOutlet(s string) string {
	s = strings.TrimSpace(s)
	if o, ok := knownOutlet(s); ok {
		return o
	}
	if !outletShaped(s) {
		return ""
	}
	return s
}

// orgWord reports whether a name ends like a news organisation's, telling
// "The Associated Press contributed" from "Jim Acosta contributed".
func orgWord(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "news", "press", "times", "post", "journal", "wire", "agency", "network", "tribune", "herald", "telegraph", "guardian", "radio", "television", "tv":
		return true
	}
	return false
}
