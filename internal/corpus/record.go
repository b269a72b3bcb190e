package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// rawRecord is one article as a structured format holds it, before
// cleaning.
type rawRecord struct {
	ID, Title, Text, Source, Author, Date, URL string
}

// batchSize is how many records are cleaned together, in parallel.
const batchSize = 64

// pending is a record waiting in a batch, and what cleaning made of it.
type pending struct {
	raw  rawRecord
	line int
	art  Article
	why  string // non-empty when the record is skipped
}

// record queues r for cleaning; records are cleaned in batches across the
// CPUs and emitted in file order.
func (rd *reader) record(r rawRecord, line int) {
	rd.batch = append(rd.batch, pending{raw: r, line: line})
	if len(rd.batch) == batchSize {
		rd.flush()
	}
}

// flush cleans the queued records and emits them in order.
func (rd *reader) flush() {
	b := rd.batch
	if len(b) == 0 {
		return
	}
	workers := min(runtime.GOMAXPROCS(0), len(b))
	if workers <= 1 {
		for i := range b {
			rd.build(&b[i])
		}
	} else {
		var wg sync.WaitGroup
		var next atomic.Int64
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(b) {
						return
					}
					rd.build(&b[i])
				}
			})
		}
		wg.Wait()
	}
	rd.batch = b[:0]
	for i := range b {
		if b[i].why != "" {
			rd.problem(b[i].line, b[i].why)
			continue
		}
		rd.emit(b[i].art)
	}
	clear(b)
}

// build turns a queued record into an Article, or the reason it is
// skipped. It runs on worker goroutines, so it recovers its own panics.
func (rd *reader) build(p *pending) {
	defer func() {
		if v := recover(); v != nil {
			p.why = fmt.Sprintf("internal error while cleaning: %v", v)
		}
	}()
	r := p.raw
	text := Clean(r.Text)
	if text == "" {
		if strings.TrimSpace(r.Text) == "" {
			p.why = "empty text; skipped"
		} else {
			p.why = "text is only page furniture; skipped"
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
		Line:     p.line,
	}
	if a.ID == "" {
		a.ID = contentID(r.Title, r.Text)
	}
	finishArticle(&a)
	p.art = a
}

// finishArticle fills what can be derived from the text: a title, the
// outlet and the parsed date.
func finishArticle(a *Article) {
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
