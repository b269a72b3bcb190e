package index

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// DefaultLimit is the number of hits Search returns when asked for none.
const DefaultLimit = 20

// ErrNotFound is returned by Document for an id the index does not hold.
var ErrNotFound = errors.New("no such article")

// Search runs a query in the query string syntax of bleve: words, "exact
// phrases", field:value (title, text, source, author, person, speaker,
// quote, stance, action, id), +must, -must-not, word^boost, date ranges
// (date:>="2017-01-01"). Words without a field are looked for in title
// and text. The empty query lists every article, newest first. limit<=0
// means DefaultLimit. Snippets and marks are made for the returned hits
// only.
func (ix *Index) Search(ctx context.Context, q string, limit int) (Results, error) {
	start := time.Now()
	if limit <= 0 {
		limit = DefaultLimit
	}
	res := Results{Query: q}
	bq, note, err := parseQuery(q)
	if err != nil {
		return res, err
	}
	res.Note = note

	var req *bleve.SearchRequest
	switch {
	case bq == nil:
		req = bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), limit, 0, false)
		req.SortBy([]string{"-" + fDate, "_id"})
	case onlyFilters(bq):
		req = bleve.NewSearchRequestOptions(bq, limit, 0, false)
		req.SortBy([]string{"-" + fDate, "_id"})
	default:
		req = bleve.NewSearchRequestOptions(bq, limit, 0, false)
	}
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", q, err)
	}
	res.Total = sr.Total
	if len(sr.Hits) == 0 {
		res.Took = time.Since(start)
		return res, nil
	}

	// Second pass over the shown hits only: their stored fields, and the
	// locations of the matched terms. Asking for locations in the first
	// pass would decode term vectors for every matching document.
	ids := make([]string, len(sr.Hits))
	for i, h := range sr.Hits {
		ids[i] = h.ID
	}
	details, err := ix.details(ctx, ids, bq)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", q, err)
	}
	res.Hits = make([]Hit, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		d, ok := details[h.ID]
		if !ok {
			continue // deleted between the two passes
		}
		hit, err := makeHit(h.ID, h.Score, d)
		if err != nil {
			return res, err
		}
		res.Hits = append(res.Hits, hit)
	}
	res.Took = time.Since(start)
	return res, nil
}

// details fetches the stored documents ids and, when q is not nil, where
// q's terms matched in them.
func (ix *Index) details(ctx context.Context, ids []string, q query.Query) (map[string]*search.DocumentMatch, error) {
	var dq query.Query = query.NewDocIDQuery(ids)
	if q != nil {
		dq = query.NewConjunctionQuery([]query.Query{dq, q})
	}
	req := bleve.NewSearchRequestOptions(dq, len(ids), 0, false)
	req.Fields = []string{fDoc}
	req.IncludeLocations = q != nil
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*search.DocumentMatch, len(sr.Hits))
	for _, h := range sr.Hits {
		out[h.ID] = h
	}
	return out, nil
}

func makeHit(id string, score float64, d *search.DocumentMatch) (Hit, error) {
	blob, _ := d.Fields[fDoc].(string)
	sd, err := decodeStored(blob)
	if err != nil {
		return Hit{}, fmt.Errorf("article %s: %w", id, err)
	}
	h := Hit{
		ID:       id,
		Title:    sd.Title,
		Source:   sd.Source,
		Author:   sd.Author,
		Date:     sd.Date,
		DateText: sd.DateText,
		URL:      sd.URL,
		Score:    score,
	}
	h.TitleMarks = spansFrom(d.Locations[fTitle], len(h.Title))
	h.Snippet, h.SnippetMarks = snippet(sd.Text, spansFrom(d.Locations[fText], len(sd.Text)))
	return h, nil
}

// Document fetches one article with its extraction, and the terms of
// query located in its title and text (none when query is empty, invalid
// or does not match the article).
func (ix *Index) Document(ctx context.Context, id, q string) (Document, error) {
	bq, _, err := parseQuery(q)
	if err != nil {
		bq = nil // still show the article, just unmarked
	}
	ids := []string{id}
	got, err := ix.details(ctx, ids, bq)
	if err == nil && len(got) == 0 && bq != nil {
		got, err = ix.details(ctx, ids, nil)
	}
	if err != nil {
		return Document{}, fmt.Errorf("article %s: %w", id, err)
	}
	m, ok := got[id]
	if !ok {
		return Document{}, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	blob, _ := m.Fields[fDoc].(string)
	sd, err := decodeStored(blob)
	if err != nil {
		return Document{}, fmt.Errorf("article %s: %w", id, err)
	}
	doc := Document{Article: sd.article(id), Extract: sd.Extract}
	doc.TitleMarks = spansFrom(m.Locations[fTitle], len(doc.Title))
	doc.TextMarks = spansFrom(m.Locations[fText], len(doc.Text))
	return doc, nil
}
