package index

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"
	"unsafe"

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
	l, err := splitStored(b)
	if err != nil {
		return sd, err
	}
	s := string(b) // one copy; the fields below share it
	for i, f := range []*string{&sd.Title, &sd.Text, &sd.Source, &sd.Author, &sd.DateText, &sd.URL, &sd.File} {
		*f = s[l.at[i][0]:l.at[i][1]]
	}
	sd.Line, sd.Date = l.line, l.date
	sd.extractJSON = s[l.rest:]
	return sd, nil
}

// Fields of storedLayout.at, in the order encodeStored writes them.
const (
	sTitle = iota
	sText
	sSource
	sAuthor
	sDateText
	sURL
	sFile
	nStored
)

// storedLayout is where the parts of a decompressed stored article lie.
type storedLayout struct {
	at   [nStored][2]int // [start, end) of each field
	line int
	date time.Time
	rest int // start of the extraction JSON
}

// splitStored finds the parts of a decompressed stored article.
func splitStored(b []byte) (storedLayout, error) {
	var l storedLayout
	off := 0
	for i := range l.at {
		n, k := binary.Uvarint(b[off:])
		if k <= 0 || uint64(len(b)-off-k) < n {
			return l, errCorrupt
		}
		off += k
		l.at[i] = [2]int{off, off + int(n)}
		off += int(n)
	}
	line, k := binary.Varint(b[off:])
	if k <= 0 {
		return l, errCorrupt
	}
	off += k
	date, k := binary.Varint(b[off:])
	if k <= 0 {
		return l, errCorrupt
	}
	l.line, l.rest = int(line), off+k
	if date != 0 {
		l.date = time.Unix(0, date).UTC()
	}
	return l, nil
}

// hitBufs recycles the buffers that the stored articles of a result list
// are decompressed into: a hit keeps a few short fields and a snippet,
// so copying out the whole article and its extraction (as decodeStored
// does) made most of a search's garbage.
var hitBufs = sync.Pool{New: func() any { return new([]byte) }}

// withStored decompresses blob into a pooled buffer and calls f with
// the buffer and its layout. Nothing of b may be kept after f returns.
func withStored(blob string, f func(b []byte, l *storedLayout) error) error {
	bp := hitBufs.Get().(*[]byte)
	defer hitBufs.Put(bp)
	// The decoder only reads its input: no copy of the blob is needed.
	in := unsafe.Slice(unsafe.StringData(blob), len(blob))
	b, err := zdec.DecodeAll(in, (*bp)[:0])
	if err != nil {
		return fmt.Errorf("stored article: %w", err)
	}
	*bp = b
	l, err := splitStored(b)
	if err != nil {
		return err
	}
	return f(b, &l)
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
