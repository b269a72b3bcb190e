package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// rawRecord is one article as a structured format holds it, before
// cleaning.
type rawRecord struct {
	ID, Title, Text, Source, Author, Date, URL string
}

// record cleans r and emits it as an Article, or reports why it cannot.
func (rd *reader) record(r rawRecord, line int) {
	text := Clean(r.Text)
	if text == "" {
		if strings.TrimSpace(r.Text) == "" {
			rd.problem(line, "empty text; skipped")
		} else {
			rd.problem(line, "text is only page furniture; skipped")
		}
		return
	}
	a := Article{
		ID:       cleanLine(r.ID),
		Title:    cleanLine(r.Title),
		Source:   cleanLine(r.Source),
		Author:   cleanLine(r.Author),
		DateText: cleanLine(r.Date),
		URL:      strings.TrimSpace(r.URL),
		Text:     text,
		File:     rd.name,
		Line:     line,
	}
	if a.ID == "" {
		a.ID = contentID(r.Title, r.Text)
	}
	rd.finishArticle(&a)
	rd.emit(a)
}

// finishArticle fills what can be derived from the text: a title, the
// outlet and the parsed date.
func (rd *reader) finishArticle(a *Article) {
	if a.Title == "" {
		a.Title = titleFromText(a.Text)
	}
	if a.Source == "" {
		a.Source = DetectSource(a.Text)
	}
	if a.DateText != "" {
		if t, ok := ParseDate(a.DateText); ok {
			a.Date = t
		}
	}
}

// contentID is a short stable id for a record that has none: the first 8
// bytes of the SHA-256 of its raw title and text, in hex.
func contentID(title, text string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:8])
}
