// Command evalstories scores story grouping on a labelled JSON Lines corpus
// (the `story` field is the truth) and times it on an unlabelled one.
//
//	go run ./internal/stories/internal/evalstories \
//	    -truth /work/shared/corpus/stories-basil.jsonl \
//	    -scale /work/shared/corpus/allsides-10k.jsonl.gz -n 8000
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"storytui/internal/stories"
)

// record is one line of the corpora in /work/shared/corpus.
type record struct {
	ID, Title, Source, Date, Text, Story string
}

func main() {
	truth := flag.String("truth", "/work/shared/corpus/stories-basil.jsonl", "labelled JSONL (field story)")
	scale := flag.String("scale", "", "unlabelled JSONL(.gz) for timing, sample clusters and distractors")
	n := flag.Int("n", 8000, "articles to read from -scale")
	sweep := flag.Bool("sweep", false, "score a range of thresholds and options")
	samples := flag.Int("samples", 8, "multi-article clusters of -scale to print")
	flag.Parse()

	recs, err := load(*truth, 0)
	check(err)
	docs, labels := toDocs(recs)
	opt := stories.DefaultOptions()
	fmt.Printf("%s: %d articles, %d true stories\n\n", *truth, len(docs), distinct(labels))
	fmt.Printf("%-34s %6s %6s %6s %6s %7s %9s\n", "setting", "P", "R", "F1", "ARI", "stories", "time")
	row("default", docs, labels, opt, nil)
	row("default, dates removed", undated(docs), labels, opt, nil)

	var extra []stories.Doc
	if *scale != "" {
		srecs, err := load(*scale, *n)
		check(err)
		extra, _ = toDocs(srecs)
		row(fmt.Sprintf("default + %d distractors", len(extra)), docs, labels, opt, extra)
	}
	if *sweep {
		for _, th := range []float64{0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35, 0.4} {
			o := opt
			o.Threshold = th
			row(fmt.Sprintf("threshold %.3f", th), docs, labels, o, nil)
			row(fmt.Sprintf("threshold %.3f, no dates", th), undated(docs), labels, o, nil)
			if extra != nil {
				row(fmt.Sprintf("threshold %.3f + distractors", th), docs, labels, o, extra)
			}
		}
		for _, lw := range []int{0, 30, 100, 200, 100000} {
			o := opt
			o.LeadWords = lw
			row(fmt.Sprintf("lead words %d", lw), docs, labels, o, nil)
			row(fmt.Sprintf("lead words %d, no dates", lw), undated(docs), labels, o, nil)
		}
		for _, tw := range []float64{1, 2, 5} {
			o := opt
			o.TitleWeight = tw
			row(fmt.Sprintf("title weight %.0f", tw), docs, labels, o, nil)
			row(fmt.Sprintf("title weight %.0f, no dates", tw), undated(docs), labels, o, nil)
		}
		for _, md := range []float64{0.02, 0.1, 0.2, 1} {
			o := opt
			o.MaxDF = md
			row(fmt.Sprintf("max df %.2f", md), docs, labels, o, nil)
			row(fmt.Sprintf("max df %.2f, no dates", md), undated(docs), labels, o, nil)
		}
	}
	if extra != nil {
		start := time.Now()
		got := stories.Group(extra)
		fmt.Printf("\n%s: %d articles -> %d stories in %v\n", *scale, len(extra), len(got), time.Since(start).Round(time.Millisecond))
		sizes := map[int]int{}
		for _, s := range got {
			sizes[len(s.Members)]++
		}
		fmt.Printf("story sizes (size:count): %v\n", sizes)
		printSamples(got, extra, *samples)
	}
}

// row groups docs (plus distractors, whose labels are left out of the
// score) and prints the scores.
func row(name string, docs []stories.Doc, labels []string, opt stories.Options, extra []stories.Doc) {
	all := append(append([]stories.Doc(nil), docs...), extra...)
	start := time.Now()
	g := stories.NewGrouper(opt)
	g.Add(all)
	got := g.Stories()
	took := time.Since(start)
	byID := stories.Labels(got)
	pred := make([]string, len(docs))
	for i, d := range docs {
		pred[i] = byID[d.ID]
	}
	s := stories.Evaluate(pred, labels)
	fmt.Printf("%-34s %6.3f %6.3f %6.3f %6.3f %7d %9v\n", name, s.Precision, s.Recall, s.F1, s.ARI, distinct(pred), took.Round(time.Millisecond))
}

func printSamples(got []stories.Story, docs []stories.Doc, k int) {
	byID := map[string]stories.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	// Spread the samples over the size range: the largest ones and every
	// few among the rest.
	var multi []stories.Story
	for _, s := range got {
		if len(s.Members) > 1 {
			multi = append(multi, s)
		}
	}
	if len(multi) == 0 || k == 0 {
		return
	}
	step := max(1, len(multi)/k)
	for i := 0; i < len(multi) && i/step < k; i += step {
		s := multi[i]
		fmt.Printf("\n[%s] %d articles: %s\n", s.ID, len(s.Members), s.Title)
		for j, id := range s.Members {
			if j == 8 {
				fmt.Printf("   ... %d more\n", len(s.Members)-8)
				break
			}
			d := byID[id]
			fmt.Printf("   %s %-18.18s %.90s\n", d.Date.Format("2006-01-02"), d.Source, d.Title)
		}
	}
}

func load(path string, limit int) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = z
	}
	var out []record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && (limit <= 0 || len(out) < limit) {
		var rec record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, len(out)+1, err)
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

func toDocs(recs []record) ([]stories.Doc, []string) {
	docs := make([]stories.Doc, len(recs))
	labels := make([]string, len(recs))
	for i, r := range recs {
		t, _ := time.Parse("2006-01-02", r.Date)
		docs[i] = stories.Doc{ID: r.ID, Title: r.Title, Text: r.Text, Source: r.Source, Date: t}
		labels[i] = r.Story
	}
	return docs, labels
}

func undated(docs []stories.Doc) []stories.Doc {
	out := append([]stories.Doc(nil), docs...)
	for i := range out {
		out[i].Date = time.Time{}
	}
	return out
}

func distinct(xs []string) int {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return len(m)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalstories:", err)
		os.Exit(1)
	}
}
