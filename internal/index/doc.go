package index

import (
	"storytui/internal/aggregate"
	"storytui/internal/corpus"
	"storytui/internal/extract"
)

// toBdoc lays an article and its extraction out in the fields of the
// mapping. Names, quotes and stances are indexed so they can be searched;
// the whole is stored once, compressed, so Document hands the extraction
// back without extracting again.
func toBdoc(a *corpus.Article, r *extract.Result) (*bdoc, error) {
	blob, err := encodeStored(a, r)
	if err != nil {
		return nil, err
	}
	d := &bdoc{
		Title:  a.Title,
		Text:   a.Text,
		Source: a.Source,
		Author: a.Author,
		ID:     a.ID,
		File:   a.File,
		Doc:    blob,
	}
	if !a.Date.IsZero() {
		d.Date = a.Date.UTC()
	}
	for _, p := range r.People {
		d.Person = append(d.Person, p.Name)
		if k := aggregate.Key(p.Name); k != "" {
			d.PersonKey = append(d.PersonKey, k)
		}
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
