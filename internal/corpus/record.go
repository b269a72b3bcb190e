package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
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
	note string // a problem reported for a record that still loads
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
		if b[i].note != "" {
			rd.problem(b[i].line, b[i].note)
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
	if len(r.Text) > maxArticleBytes {
		r.Text = cutText(r.Text, maxArticleBytes)
		p.note = tooLong
	}
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
			a.Date = published(t)
		}
	}
}

// futureSlack is how far past now a date may be and still be a
// publication date (time zones, a feed a day ahead). A date beyond it is
// a typing slip in the data ("2050-09-30" on a 2019 story): trusted, it
// put the story first of every newest-first list and opened the reader on
// it. Its text is kept and shown; the article sorts as undated.
const futureSlack = 48 * time.Hour

// published is t as a publication date: zero when it is past now by more
// than futureSlack.
func published(t time.Time) time.Time {
	if t.After(time.Now().Add(futureSlack)) {
		return time.Time{}
	}
	return t
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

// maxArticleBytes bounds the text of one article. Real articles are a few
// kilobytes; anything near this is a corpus or a log in the wrong shape,
// and indexing it as one document would hold gigabytes of postings.
const maxArticleBytes = 16 << 20

// tooLong is the problem reported for an article cut at maxArticleBytes.
const tooLong = "article text over 16 MB: only its first 16 MB loaded (put many articles in one file as .jsonl or .csv)"

// cutText shortens s to at most max bytes, at a paragraph break, a line
// break or a space when one is near the end, and never inside a rune.
func cutText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	s = s[:max]
	if s == "" {
		return s
	}
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(s, sep); i >= max/2 {
			return s[:i]
		}
	}
	j := len(s) - 1
	for j > 0 && !utf8.RuneStart(s[j]) {
		j--
	}
	if !utf8.FullRuneInString(s[j:]) {
		return s[:j]
	}
	return s
}
