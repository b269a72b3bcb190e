package index

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/klauspost/compress/zstd"

	"storytui/internal/corpus"
	"storytui/internal/extract"
)

// storedDoc is everything kept of an article. It is stored once, in the
// "doc" field, as zstd-compressed length-prefixed fields: one field
// decodes faster than many, and zstd packs English text to about 46% of
// it where bleve's own snappy reaches about 70%. Flate packed a little
// tighter (44%) but took 4x the time to decompress, a third of the CPU
// of a search, and 8x the time to compress. A result list skips the
// extraction (JSON, decoded only for Document).
type storedDoc struct {
	Title, Text, Source, Author, DateText, URL, File string
	Line                                             int
	Date                                             time.Time
	extractJSON                                      string
}

// The encoder and decoder are safe for concurrent use. The decoder's
// memory is bounded so that a damaged blob cannot claim gigabytes.
var (
	zenc = must(zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderCRC(false),
		zstd.WithWindowSize(1<<20), zstd.WithLowerEncoderMem(true)))
	zdec = must(zstd.NewReader(nil, zstd.WithDecoderMaxMemory(256<<20), zstd.WithDecoderLowmem(true)))
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// encodeStored packs an article and its extraction. Quote texts are left
// out when the quote's offsets give them back from the text.
func encodeStored(a *corpus.Article, r *extract.Result) (string, error) {
	ex := *r
	if len(r.Quotes) > 0 {
		ex.Quotes = make([]extract.Quote, len(r.Quotes))
		for i, q := range r.Quotes {
			if q.Start >= 0 && q.Start <= q.End && q.End <= len(a.Text) && a.Text[q.Start:q.End] == q.Text {
				q.Text = ""
			}
			ex.Quotes[i] = q
		}
	}
	js, err := json.Marshal(&ex)
	if err != nil {
		return "", err
	}
	raw := make([]byte, 0, len(a.Title)+len(a.Text)+len(js)+128)
	for _, s := range []string{a.Title, a.Text, a.Source, a.Author, a.DateText, a.URL, a.File} {
		raw = binary.AppendUvarint(raw, uint64(len(s)))
		raw = append(raw, s...)
	}
	raw = binary.AppendVarint(raw, int64(a.Line))
	var date int64
	if !a.Date.IsZero() {
		date = a.Date.UnixNano()
	}
	raw = binary.AppendVarint(raw, date)
	raw = append(raw, js...)
	return string(zenc.EncodeAll(raw, make([]byte, 0, len(raw)/2))), nil
}

var errCorrupt = errors.New("stored article is damaged")

// decodeStored unpacks what encodeStored packed, but for the extraction.
func decodeStored(blob string) (storedDoc, error) {
	var sd storedDoc
	b, err := zdec.DecodeAll([]byte(blob), nil)
	if err != nil {
		return sd, fmt.Errorf("stored article: %w", err)
	}
	s := string(b) // one copy; the fields below share it
	for _, f := range []*string{&sd.Title, &sd.Text, &sd.Source, &sd.Author, &sd.DateText, &sd.URL, &sd.File} {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return sd, errCorrupt
		}
		off := len(s) - len(b) + k
		*f = s[off : off+int(n)]
		b = b[k+int(n):]
	}
	line, k := binary.Varint(b)
	if k <= 0 {
		return sd, errCorrupt
	}
	b = b[k:]
	date, k := binary.Varint(b)
	if k <= 0 {
		return sd, errCorrupt
	}
	sd.Line = int(line)
	if date != 0 {
		sd.Date = time.Unix(0, date).UTC()
	}
	sd.extractJSON = s[len(s)-len(b)+k:]
	return sd, nil
}

// extraction decodes the stored extraction and puts the quote texts back.
func (sd *storedDoc) extraction() (extract.Result, error) {
	var ex extract.Result
	if err := json.Unmarshal([]byte(sd.extractJSON), &ex); err != nil {
		return ex, fmt.Errorf("stored extraction: %w", err)
	}
	for i, q := range ex.Quotes {
		if q.Text == "" && q.Start >= 0 && q.Start <= q.End && q.End <= len(sd.Text) {
			ex.Quotes[i].Text = sd.Text[q.Start:q.End]
		}
	}
	return ex, nil
}

// article rebuilds the corpus article.
func (sd *storedDoc) article(id string) corpus.Article {
	return corpus.Article{
		ID: id, Title: sd.Title, Source: sd.Source, Author: sd.Author,
		Date: sd.Date, DateText: sd.DateText, URL: sd.URL, Text: sd.Text,
		File: sd.File, Line: sd.Line,
	}
}
