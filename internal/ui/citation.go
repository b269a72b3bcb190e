package ui

import (
	"strings"
	"time"
	"unicode"

	"storytui/internal/aggregate"
)

// newest is the date of a quote's newest source.
func newest(q aggregate.Quote) time.Time {
	var t time.Time
	for _, s := range q.Sources {
		if s.Date.After(t) {
			t = s.Date
		}
	}
	return t
}

// sameWords reports whether a and b hold the same words, ignoring case,
// punctuation and spacing.
func sameWords(a, b string) bool {
	return strings.Join(words(a), " ") == strings.Join(words(b), " ")
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// contextLine is the sentence around a quote with the quote itself cut to
// "“…”", so the line shows who said it and when; "" when there is none.
func contextLine(ctx string, texts ...string) string {
	c := strings.TrimSpace(oneLine(ctx))
	if c == "" {
		return ""
	}
	// The quote as the source has it, then as grouped, then without the
	// punctuation it carried from its sentence.
	var tries []string
	for _, t := range texts {
		tries = append(tries, strings.TrimSpace(oneLine(t)), trimQuote(t))
	}
	// A long quote's context is a window cut inside the quote itself
	// ("…I am grateful for the opportunity…"): it says nothing the
	// quote does not, and showed the quote a second time.
	core := strings.Trim(c, "…\"“” ")
	for _, t := range tries {
		if t != "" && core != "" && strings.Contains(t, core) {
			return ""
		}
	}
	for _, t := range tries {
		if t != "" && strings.Contains(c, t) {
			c = strings.Replace(c, t, "…", 1)
			break
		}
	}
	if !strings.ContainsFunc(c, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return "" // nothing but the quote and its marks
	}
	return c
}

// trimQuote drops the punctuation a quote keeps from its sentence, the
// comma in "I never met with them," she said.
func trimQuote(s string) string {
	return strings.TrimRight(strings.TrimSpace(oneLine(s)), ",;: ")
}

// citeSource is one line of a citation: outlet, date, title, url.
func citeSource(s aggregate.Source) string {
	title := ""
	if t := strings.TrimSpace(oneLine(s.Title)); t != "" {
		title = "“" + t + "”"
	}
	return joinNonEmpty(", ", oneLine(s.Outlet), dateOf(s.Date, oneLine(s.DateText)), title, s.URL)
}

// quoteCitation is a quote as it goes to the clipboard: the words, the
// speaker, and every outlet that carried it.
func quoteCitation(text, speaker string, sources []aggregate.Source) string {
	return citation("“"+trimQuote(text)+"”", speaker, sources)
}

// citation is words, already in their quotation marks, with the speaker
// and the sources, as quoteCitation says.
func citation(words, speaker string, sources []aggregate.Source) string {
	var b strings.Builder
	b.WriteString(words)
	if speaker = strings.TrimSpace(speaker); speaker != "" {
		b.WriteString(" — " + speaker)
	}
	for _, s := range sources {
		b.WriteString("\n" + citeSource(s))
	}
	return b.String()
}

// slug turns a name into a file-name part: "Jeff Sessions" ->
// "jeff-sessions".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			if b.Len() >= 48 {
				break
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "all"
	}
	return b.String()
}
