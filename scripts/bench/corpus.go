package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"storytui/internal/corpus"
)

// corpusSet is one corpus the bench indexes: a JSON Lines file, the raw
// text (title+text after cleaning) it holds, and a CSV copy for sqlite3
// and the grep baseline.
type corpusSet struct {
	name     string
	path     string // .jsonl.gz the index reads
	csv      string // id,title,text without a header
	articles int    // distinct ids
	rawBytes int64
}

// rec is a record as corpus.Read expects it.
type rec struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Author string `json:"author"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Text   string `json:"text"`
}

func recOf(a *corpus.Article) rec {
	return rec{ID: a.ID, Title: a.Title, Source: a.Source, Author: a.Author, Date: a.DateText, URL: a.URL, Text: a.Text}
}

// loadReal reads up to limit (0: all) cleaned articles of path.
func loadReal(path string, limit int) ([]corpus.Article, error) {
	var arts []corpus.Article
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	full := func() bool { return limit > 0 && len(arts) >= limit }
	// Stop reading once enough are in: the quick run needs few.
	probs := corpus.Read(path, &cutReader{r: f, stop: full}, func(a corpus.Article) {
		if !full() {
			arts = append(arts, a)
		}
	})
	if len(arts) == 0 {
		return nil, fmt.Errorf("no article in %s (%d problems)", path, len(probs))
	}
	return arts, nil
}

// cutReader ends its input early once stop says so.
type cutReader struct {
	r    io.Reader
	stop func() bool
}

func (c *cutReader) Read(p []byte) (int, error) {
	if c.stop() {
		return 0, io.EOF
	}
	return c.r.Read(p)
}

// writer writes a corpus as .jsonl.gz and .csv at once.
type writer struct {
	set    *corpusSet
	jf, cf *os.File
	gz     *gzip.Writer
	jb     *bufio.Writer
	cw     *csv.Writer
	ids    map[string]bool
}

func newWriter(name, base string) (*writer, error) {
	jf, err := os.Create(base + ".jsonl.gz")
	if err != nil {
		return nil, err
	}
	cf, err := os.Create(base + ".csv")
	if err != nil {
		jf.Close()
		return nil, err
	}
	gz, _ := gzip.NewWriterLevel(jf, gzip.BestSpeed)
	return &writer{
		set: &corpusSet{name: name, path: jf.Name(), csv: cf.Name()},
		jf:  jf, cf: cf, gz: gz, jb: bufio.NewWriterSize(gz, 1<<20),
		cw: csv.NewWriter(bufio.NewWriterSize(cf, 1<<20)), ids: map[string]bool{},
	}, nil
}

func (w *writer) add(r rec) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	w.jb.Write(b)
	w.jb.WriteByte('\n')
	if err := w.cw.Write([]string{r.ID, r.Title, r.Text}); err != nil {
		return err
	}
	if !w.ids[r.ID] {
		w.ids[r.ID] = true
		w.set.articles++
	}
	w.set.rawBytes += int64(len(r.Title) + len(r.Text))
	return nil
}

func (w *writer) close() (*corpusSet, error) {
	w.cw.Flush()
	err := firstErr(w.cw.Error(), w.jb.Flush(), w.gz.Close(), w.jf.Close(), w.cf.Close())
	return w.set, err
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// writeReal writes the real articles (already cleaned: reading them again
// leaves them as they are).
func writeReal(name, base string, arts []corpus.Article) (*corpusSet, error) {
	w, err := newWriter(name, base)
	if err != nil {
		return nil, err
	}
	for i := range arts {
		if err := w.add(recOf(&arts[i])); err != nil {
			return nil, err
		}
	}
	return w.close()
}

// generationNote says how writeScaled makes the large corpus.
const generationNote = "the real articles once as they are, then again and again under new ids (`<id>~g<k>`) " +
	"with their paragraphs shuffled (sentences when an article has one paragraph), seeded, until the count is reached"

// writeScaled writes n articles made from arts (see generationNote).
func writeScaled(name, base string, arts []corpus.Article, n int) (*corpusSet, error) {
	w, err := newWriter(name, base)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		a := &arts[i%len(arts)]
		r := recOf(a)
		if k := i / len(arts); k > 0 {
			r.ID = fmt.Sprintf("%s~g%d", a.ID, k)
			r.Text = shuffleText(rng, a.Text)
		}
		if err := w.add(r); err != nil {
			return nil, err
		}
	}
	return w.close()
}

func shuffleText(rng *rand.Rand, text string) string {
	sep := "\n\n"
	parts := strings.Split(text, sep)
	if len(parts) < 2 {
		sep = " "
		parts = splitSentences(text)
	}
	rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	return strings.Join(parts, sep)
}

// splitSentences cuts after ". " (good enough to shuffle).
func splitSentences(s string) []string {
	var out []string
	for {
		i := strings.Index(s, ". ")
		if i < 0 {
			break
		}
		out = append(out, s[:i+1])
		s = s[i+2:]
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}
