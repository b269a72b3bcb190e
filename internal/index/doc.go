package index

import (
	"encoding/json"
	"time"

	"storytui/internal/corpus"
	"storytui/internal/extract"
)

// toBdoc lays an article and its extraction out in the fields of the
// mapping. The extraction is stored once, as JSON, so Document can hand
// it back without extracting again; its names, quotes and stances are
// also indexed so they can be searched.
func toBdoc(a *corpus.Article, r *extract.Result) (*bdoc, error) {
	ex, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	d := &bdoc{
		Title:    a.Title,
		Text:     a.Text,
		Source:   a.Source,
		Author:   a.Author,
		DateText: a.DateText,
		URL:      a.URL,
		ID:       a.ID,
		File:     a.File,
		Line:     float64(a.Line),
		Extract:  string(ex),
	}
	if !a.Date.IsZero() {
		d.Date = a.Date.UTC()
	}
	for _, p := range r.People {
		d.Person = append(d.Person, p.Name)
	}
	for _, q := range r.Quotes {
		if q.Speaker != "" {
			d.Speaker = append(d.Speaker, q.Speaker)
		}
		d.Quote = append(d.Quote, q.Text)
	}
	for _, re := range r.Reactions {
		if re.Stance != "" {
			d.Stance = append(d.Stance, re.Stance)
		}
		if re.Action != "" {
			d.Action = append(d.Action, re.Action)
		}
	}
	return d, nil
}

// hitFields are the stored fields a result list needs.
var hitFields = []string{fTitle, fText, fSource, fAuthor, fDate, fDateText, fURL}

// docFields are the stored fields of a whole Document.
var docFields = append(slicesClone(hitFields), fFile, fLine, fExtract)

func slicesClone(s []string) []string { return append([]string(nil), s...) }

// str reads a stored string field from bleve's field map.
func str(f map[string]any, name string) string {
	s, _ := f[name].(string)
	return s
}

// dateOf reads the stored date field; bleve hands datetimes back as
// RFC 3339 text.
func dateOf(f map[string]any) time.Time {
	s := str(f, fDate)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// articleOf rebuilds the article from its stored fields.
func articleOf(id string, f map[string]any) corpus.Article {
	a := corpus.Article{
		ID:       id,
		Title:    str(f, fTitle),
		Source:   str(f, fSource),
		Author:   str(f, fAuthor),
		Date:     dateOf(f),
		DateText: str(f, fDateText),
		URL:      str(f, fURL),
		Text:     str(f, fText),
		File:     str(f, fFile),
	}
	if n, ok := f[fLine].(float64); ok {
		a.Line = int(n)
	}
	return a
}
