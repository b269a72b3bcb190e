package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
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
	bq, note, err := ix.searchQuery(q)
	if err != nil {
		return res, err
	}
	res.Note = note

	var hits []*search.DocumentMatch
	if bq == nil {
		ids, total, err := ix.newest(ctx, limit)
		if err != nil {
			return res, fmt.Errorf("list articles: %w", err)
		}
		res.Total = total
		byID, err := ix.details(ctx, ids, nil)
		if err != nil {
			return res, fmt.Errorf("list articles: %w", err)
		}
		for _, id := range ids {
			if h, ok := byID[id]; ok { // else deleted since it was listed
				hits = append(hits, h)
			}
		}
	} else {
		sr, err := ix.newestInRange(ctx, bq, limit)
		if err == nil && sr == nil {
			// bleve loads stored fields for the returned hits only.
			req := bleve.NewSearchRequestOptions(bq, limit, 0, false)
			req.Fields = []string{fDoc}
			if onlyFilters(bq) {
				req.SortBy(newestFirst)
				req.Score = "none" // listed by date: a score would go unused
			}
			sr, err = ix.bi.SearchInContext(ctx, req)
		}
		if err != nil {
			return res, fmt.Errorf("search %q: %w", q, err)
		}
		res.Total = sr.Total
		hits = sr.Hits
	}
	if len(hits) == 0 {
		res.Took = time.Since(start)
		return res, nil
	}

	// Second pass over the shown hits only, for the locations of the
	// matched words. Asking for locations in the first pass would decode
	// term vectors for every matching document; filters (dates, sources,
	// people) are not run again, they mark nothing.
	var locs map[string]search.FieldTermLocationMap
	if mq := markQuery(bq); mq != nil {
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.ID
		}
		if locs, err = ix.locations(ctx, ids, mq); err != nil {
			return res, fmt.Errorf("search %q: %w", q, err)
		}
	}
	res.Hits = make([]Hit, 0, len(hits))
	for _, h := range hits {
		hit, err := makeHit(h.ID, h.Score, h.Fields, locs[h.ID])
		if err != nil {
			return res, err
		}
		res.Hits = append(res.Hits, hit)
	}
	res.Took = time.Since(start)
	return res, nil
}

// windowedDates switches newestInRange on; the tests turn it off to
// compare.
var windowedDates = true

// newestInRange lists the newest articles of a date range (with
// exclusions, if any) by sorting only the newest part of the range that
// holds limit of them: sorting reads the date of every article sorted,
// and a month of the 1987 wires (10,000 articles) took 6 ms of CPU to
// sort whole. The articles outside that part are all older than those
// in it, and ties keep index order either way, so the list is the same;
// the total is counted over the whole range without sorting. It is nil
// when q is not such a query or the part would be the whole range.
func (ix *Index) newestInRange(ctx context.Context, q query.Query, limit int) (*bleve.SearchResult, error) {
	d, ok := q.(*dateOrdered)
	if !ok || !windowedDates {
		return nil, nil
	}
	r, ok := d.Must.(*query.DateRangeQuery)
	if !ok || r.Start.IsZero() || r.End.IsZero() {
		return nil, nil
	}
	count := bleve.NewSearchRequestOptions(q, 0, 0, false)
	count.Score = "none"
	all, err := ix.bi.SearchInContext(ctx, count)
	if err != nil || all.Total <= uint64(limit) {
		return nil, err
	}
	inclusive := true
	for span := 2 * 24 * time.Hour; ; span *= 2 {
		from := r.End.Add(-span)
		if !from.After(r.Start.Time) {
			return nil, nil
		}
		part := *r
		part.Start, part.InclusiveStart = query.BleveQueryTime{Time: from}, &inclusive
		b := *d.BooleanQuery
		b.Must = &part
		req := bleve.NewSearchRequestOptions(&dateOrdered{&b}, limit, 0, false)
		req.Fields = []string{fDoc}
		req.SortBy(newestFirst)
		req.Score = "none"
		sr, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		if sr.Total >= uint64(limit) {
			sr.Total = all.Total
			return sr, nil
		}
	}
}

// locations finds where the leaves of mq (see markQuery) match in the
// documents ids.
func (ix *Index) locations(ctx context.Context, ids []string, mq []query.Query) (map[string]search.FieldTermLocationMap, error) {
	for i, q := range mq {
		// A phrase searcher asked for the next match at or after a shown
		// hit reads every document with the words up to its next phrase
		// (one in the title, say, when the hit has it in the text): let
		// it stop at every document with the words, marking only phrases.
		if p, ok := q.(*phraseQuery); ok {
			c := *p
			c.anyPlace = true
			mq[i] = &c
		}
	}
	bq := query.NewBooleanQuery([]query.Query{query.NewDocIDQuery(ids)}, mq, nil)
	req := bleve.NewSearchRequestOptions(bq, len(ids), 0, false)
	req.IncludeLocations = true
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]search.FieldTermLocationMap, len(sr.Hits))
	for _, h := range sr.Hits {
		out[h.ID] = h.Locations
	}
	return out, nil
}

// newestFirst sorts by date, newest first. Ties keep index order: an
// "_id" tiebreak would read every matching document's stored id, which
// made a month of Reuters (10,000 articles) take 50 ms to list.
var newestFirst = []string{"-" + fDate}

// listingSize is how many of the newest articles are kept at hand for
// the empty query, so paging the start screen does not sort again.
const listingSize = 200

// listing caches the newest articles: the sort by date visits every
// document, too slow to repeat for each keystroke on a large corpus.
type listing struct {
	mu    sync.Mutex
	gen   uint64 // ix.gen when it was made
	ids   []string
	total uint64
}

// newest returns the ids of the limit newest articles and the count of
// all, from the cache while the index has not changed.
func (ix *Index) newest(ctx context.Context, limit int) ([]string, uint64, error) {
	l := &ix.list
	l.mu.Lock()
	defer l.mu.Unlock()
	gen := ix.gen.Load()
	if l.ids == nil || l.gen != gen || (len(l.ids) < limit && uint64(len(l.ids)) < l.total) {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), max(limit, listingSize), 0, false)
		req.SortBy(newestFirst)
		req.Score = "none"
		sr, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		l.ids = l.ids[:0]
		for _, h := range sr.Hits {
			l.ids = append(l.ids, h.ID)
		}
		l.gen, l.total = gen, sr.Total
	}
	return slices.Clone(l.ids[:min(limit, len(l.ids))]), l.total, nil
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

func makeHit(id string, score float64, fields map[string]any, locs search.FieldTermLocationMap) (Hit, error) {
	blob, _ := fields[fDoc].(string)
	h := Hit{ID: id, Score: score}
	err := withStored(blob, func(b []byte, l *storedLayout) error {
		field := func(i int) []byte { return b[l.at[i][0]:l.at[i][1]] }
		h.Title = string(field(sTitle))
		h.Source = string(field(sSource))
		h.Author = string(field(sAuthor))
		h.DateText = string(field(sDateText))
		h.URL = string(field(sURL))
		h.Date = l.date
		text := field(sText)
		h.TitleMarks = spansFrom(locs[fTitle], len(h.Title))
		h.Snippet, h.SnippetMarks = snippet(text, spansFrom(locs[fText], len(text)))
		return nil
	})
	if err != nil {
		return Hit{}, fmt.Errorf("article %s: %w", id, err)
	}
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
	ex, err := sd.extraction()
	if err != nil {
		return Document{}, fmt.Errorf("article %s: %w", id, err)
	}
	doc := Document{Article: sd.article(id), Extract: ex}
	doc.TitleMarks = spansFrom(m.Locations[fTitle], len(doc.Title))
	doc.TextMarks = spansFrom(m.Locations[fText], len(doc.Text))
	return doc, nil
}
