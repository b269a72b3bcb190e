package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"storytui/internal/corpus"
)

// query is one benchmark search; grep is the literal the grep baseline
// looks for ("" when it has none).
type query struct {
	Kind string `json:"kind"`
	Q    string `json:"q"`
	Grep string `json:"grep"`
}

// Query kinds, in the order the table lists them. Person queries are
// drawn by the query phase from the index's own people table.
var kinds = []string{"single term", "two-term AND", "phrase", "person: filter", "source: filter", "date range", "empty (newest)"}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`that with have this from they were said their been about would which there what
	when more will also than into other some could after only over just like most them then these those your very
	where while because being does such here even much many each both were said says told just year years`) {
		stop[w] = true
	}
}

// words splits text into lower-case letter runs of 4 letters or more.
func words(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) })
	out := f[:0]
	for _, w := range f {
		if len(w) >= 4 && !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// makeQueries draws the fixed query set from the corpus vocabulary, seeded
// so every run asks the same questions of the same corpus.
func makeQueries(arts []corpus.Article) []query {
	rng := rand.New(rand.NewPCG(7, 11))
	df := map[string]int{}
	sample := min(len(arts), 4000)
	for i := range sample {
		a := &arts[i*len(arts)/sample]
		seen := map[string]bool{}
		for _, w := range words(a.Title + " " + a.Text) {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	vocab := make([]string, 0, len(df))
	for w, n := range df {
		if n >= 2 {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if df[a] != df[b] {
			return df[b] - df[a]
		}
		return strings.Compare(a, b)
	})
	vocab = vocab[:min(len(vocab), 6000)]
	inVocab := map[string]bool{}
	for _, w := range vocab {
		inVocab[w] = true
	}
	var qs []query
	// Single terms, evenly over the frequency ranks: common to rare.
	for i := range 60 {
		w := vocab[i*len(vocab)/60]
		qs = append(qs, query{"single term", w, w})
	}
	pick := func() *corpus.Article { return &arts[rng.IntN(len(arts))] }
	// Two terms that occur in one article.
	for len(qs) < 100 {
		var ws []string
		for _, w := range words(pick().Text) {
			if inVocab[w] {
				ws = append(ws, w)
			}
		}
		if len(ws) < 2 {
			continue
		}
		a, b := ws[rng.IntN(len(ws))], ws[rng.IntN(len(ws))]
		if a != b {
			qs = append(qs, query{"two-term AND", a + " " + b, a})
		}
	}
	// Phrases of two or three words as an article wrote them.
	for len(qs) < 140 {
		f := strings.Fields(pick().Text)
		if len(f) < 10 {
			continue
		}
		n := 2 + rng.IntN(2)
		i := rng.IntN(len(f) - n)
		ph := f[i : i+n]
		ok := true
		for _, w := range ph {
			if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				ok = false
			}
		}
		if ok && len(words(strings.Join(ph, " "))) > 0 {
			p := strings.ToLower(strings.Join(ph, " "))
			qs = append(qs, query{"phrase", `"` + p + `"`, p})
		}
	}
	// Outlets, alone (listed newest first) and with a term.
	srcN := map[string]int{}
	for i := range arts {
		if s := arts[i].Source; s != "" && !strings.ContainsAny(s, `"\`) {
			srcN[s]++
		}
	}
	var srcs []string
	for s := range srcN {
		srcs = append(srcs, s)
	}
	slices.SortFunc(srcs, func(a, b string) int {
		if srcN[a] != srcN[b] {
			return srcN[b] - srcN[a]
		}
		return strings.Compare(a, b)
	})
	srcs = srcs[:min(len(srcs), 15)]
	for i := range 16 {
		s := srcs[i%len(srcs)]
		q := fmt.Sprintf(`source:%q`, strings.ToLower(s))
		g := s
		if i%2 == 1 {
			w := vocab[rng.IntN(min(len(vocab), 500))]
			q += " " + w
			g = w
		}
		qs = append(qs, query{"source: filter", q, g})
	}
	// Month-long date ranges around real dates, alone and with a term.
	var dated []*corpus.Article
	for i := range arts {
		if !arts[i].Date.IsZero() {
			dated = append(dated, &arts[i])
		}
	}
	for i := range 20 {
		if len(dated) == 0 {
			break
		}
		d := dated[rng.IntN(len(dated))].Date
		from := d.AddDate(0, 0, -d.Day()+1)
		q := fmt.Sprintf(`date:>=%q date:<%q`, from.Format("2006-01-02"), from.AddDate(0, 1, 0).Format("2006-01-02"))
		g := ""
		if i%2 == 1 {
			w := vocab[rng.IntN(min(len(vocab), 500))]
			q = w + " " + q
			g = w
		}
		qs = append(qs, query{"date range", q, g})
	}
	for range 4 {
		qs = append(qs, query{"empty (newest)", "", ""})
	}
	return qs
}

// typedQueries are typed letter by letter for search as you type: words,
// two-word searches and a phrase, from the same vocabulary.
func typedQueries(qs []query) []string {
	var out []string
	for _, q := range qs {
		switch q.Kind {
		case "single term", "two-term AND", "phrase":
			out = append(out, q.Q)
		}
	}
	// Every seventh, so the kinds mix: about 20 searches, 200+ keystrokes.
	var pick []string
	for i := 0; i < len(out); i += 7 {
		pick = append(pick, out[i])
	}
	return pick
}
