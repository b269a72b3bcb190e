package index

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"

	"storytui/internal/corpus"
	"storytui/internal/extract"
)

// storedDoc is everything kept of an article, stored as compressed JSON
// in the "doc" field: one field decodes faster than many, and flate packs
// English text to about 45% where bleve's snappy reaches about 70%.
type storedDoc struct {
	Title    string         `json:"ti,omitempty"`
	Text     string         `json:"tx,omitempty"`
	Source   string         `json:"so,omitempty"`
	Author   string         `json:"au,omitempty"`
	Date     time.Time      `json:"da"`
	DateText string         `json:"dt,omitempty"`
	URL      string         `json:"ur,omitempty"`
	File     string         `json:"fi,omitempty"`
	Line     int            `json:"li,omitempty"`
	Extract  extract.Result `json:"ex"`
}

var (
	flateWriters = sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, flate.DefaultCompression)
		return w
	}}
	flateReaders = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

// encodeStored packs an article and its extraction. Quote texts are left
// out when the quote's offsets give them back from the text.
func encodeStored(a *corpus.Article, r *extract.Result) (string, error) {
	sd := storedDoc{
		Title: a.Title, Text: a.Text, Source: a.Source, Author: a.Author,
		Date: a.Date.UTC(), DateText: a.DateText, URL: a.URL, File: a.File, Line: a.Line,
		Extract: *r,
	}
	if len(r.Quotes) > 0 {
		qs := make([]extract.Quote, len(r.Quotes))
		for i, q := range r.Quotes {
			if q.Start >= 0 && q.Start <= q.End && q.End <= len(a.Text) && a.Text[q.Start:q.End] == q.Text {
				q.Text = ""
			}
			qs[i] = q
		}
		sd.Extract.Quotes = qs
	}
	js, err := json.Marshal(&sd)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	buf.Grow(len(js) / 2)
	w := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(js); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// decodeStored unpacks what encodeStored packed.
func decodeStored(blob string) (storedDoc, error) {
	var sd storedDoc
	r := flateReaders.Get().(io.ReadCloser)
	defer flateReaders.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader([]byte(blob)), nil); err != nil {
		return sd, err
	}
	js, err := io.ReadAll(r)
	if err != nil {
		return sd, fmt.Errorf("stored article: %w", err)
	}
	if err := json.Unmarshal(js, &sd); err != nil {
		return sd, fmt.Errorf("stored article: %w", err)
	}
	for i, q := range sd.Extract.Quotes {
		if q.Text == "" && q.Start >= 0 && q.Start <= q.End && q.End <= len(sd.Text) {
			sd.Extract.Quotes[i].Text = sd.Text[q.Start:q.End]
		}
	}
	return sd, nil
}

// article rebuilds the corpus article.
func (sd *storedDoc) article(id string) corpus.Article {
	return corpus.Article{
		ID: id, Title: sd.Title, Source: sd.Source, Author: sd.Author,
		Date: sd.Date, DateText: sd.DateText, URL: sd.URL, Text: sd.Text,
		File: sd.File, Line: sd.Line,
	}
}
