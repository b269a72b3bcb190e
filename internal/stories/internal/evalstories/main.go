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
	"math/rand"
	"os"
	"runtime"
	"runtime/pprof"
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
	repeat := flag.Int("repeat", 1, "scale -scale up: every article this many times, copies under new ids with their sentences shuffled")
	samples := flag.Int("samples", 8, "multi-article clusters of -scale to print")
	errs := flag.Bool("errors", false, "print the true stories that were split or merged")
	opt := stories.DefaultOptions()
	flag.Float64Var(&opt.Threshold, "threshold", opt.Threshold, "Options.Threshold")
	flag.IntVar(&opt.LeadWords, "lead", opt.LeadWords, "Options.LeadWords")
	flag.Float64Var(&opt.MaxDF, "maxdf", opt.MaxDF, "Options.MaxDF")
	flag.Float64Var(&opt.TitleWeight, "titleweight", opt.TitleWeight, "Options.TitleWeight")
	flag.Float64Var(&opt.NameShare, "nameshare", opt.NameShare, "Options.NameShare")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the -scale run here")
	flag.Parse()

	recs, err := load(*truth, 0)
	check(err)
	docs, labels := toDocs(recs)
	fmt.Printf("%s: %d articles, %d true stories\n\n", *truth, len(docs), distinct(labels))
	fmt.Printf("%-34s %6s %6s %6s %6s %7s %9s\n", "setting", "P", "R", "F1", "ARI", "stories", "time")
	row("default", docs, labels, opt, nil)
	row("default, dates removed", undated(docs), labels, opt, nil)

	if *errs {
		g := stories.NewGrouper(opt)
		g.Add(undated(docs))
		fmt.Println("\nwithout dates:")
		printErrors(docs, labels, g.Stories())
	}
	var extra []stories.Doc
	if *scale != "" {
		srecs, err := load(*scale, *n)
		check(err)
		extra, _ = toDocs(srecs)
		extra = repeated(extra, *repeat)
		row(fmt.Sprintf("default + %d distractors", len(extra)), docs, labels, opt, extra)
		if *errs {
			g := stories.NewGrouper(opt)
			g.Add(append(append([]stories.Doc(nil), docs...), extra...))
			fmt.Println("\namong distractors:")
			printErrors(docs, labels, g.Stories())
		}
	}
	if *sweep {
		sweepGrid(docs, labels, opt, extra)
	}
	if extra != nil {
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			check(err)
			check(pprof.StartCPUProfile(f))
			defer pprof.StopCPUProfile()
		}
		before := heap()
		start := time.Now()
		g := stories.NewGrouper(opt)
		g.Add(extra)
		got := g.Stories()
		took := time.Since(start)
		fmt.Printf("\nGrouper keeps %d MB for %d articles\n", (heap()-before)>>20, g.Len())
		fmt.Printf("\n%s: %d articles -> %d stories in %v\n", *scale, len(extra), len(got), took.Round(time.Millisecond))
		sizes := map[int]int{}
		for _, s := range got {
			sizes[len(s.Members)]++
		}
		fmt.Printf("story sizes (size:count): %v\n", sizes)
		printSamples(got, extra, *samples)
	}
}

// sweepGrid prints B-cubed F1 over a range of thresholds for variations
// of one option at a time, with dates, without dates and (when given)
// among distractors: a setting is only good if it is good on a plateau.
func sweepGrid(docs []stories.Doc, labels []string, base stories.Options, extra []stories.Doc) {
	ths := []float64{0.08, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3}
	type variant struct {
		name string
		opt  stories.Options
	}
	vs := []variant{{"default", base}}
	for _, lw := range []int{30, 100, 200, 0} {
		o := base
		o.LeadWords = lw
		vs = append(vs, variant{fmt.Sprintf("lead %d", lw), o})
	}
	for _, tw := range []float64{1, 2, 5} {
		o := base
		o.TitleWeight = tw
		vs = append(vs, variant{fmt.Sprintf("title x%.0f", tw), o})
	}
	for _, ns := range []float64{0, 0.15, 0.5} {
		o := base
		o.NameShare = ns
		vs = append(vs, variant{fmt.Sprintf("names %.2f", ns), o})
	}
	for _, md := range []float64{0.02, 0.1, 0.2, 1} {
		o := base
		o.MaxDF = md
		vs = append(vs, variant{fmt.Sprintf("maxdf %.2f", md), o})
	}
	for _, hl := range []int{3, 14, 1000} {
		o := base
		o.HalfLifeDays = hl
		vs = append(vs, variant{fmt.Sprintf("halflife %d", hl), o})
	}
	fmt.Printf("\nB-cubed F1 by threshold (dated / undated / among distractors)\n%-14s", "variant")
	for _, th := range ths {
		fmt.Printf(" %14.3f", th)
	}
	fmt.Println()
	nd := undated(docs)
	for _, v := range vs {
		fmt.Printf("%-14s", v.name)
		for _, th := range ths {
			o := v.opt
			o.Threshold = th
			a := score(docs, labels, o, nil).F1
			b := score(nd, labels, o, nil).F1
			c := 0.0
			if extra != nil {
				c = score(docs, labels, o, extra).F1
			}
			fmt.Printf("  %.2f/%.2f/%.2f", a, b, c)
		}
		fmt.Println()
	}
}

// score groups docs together with distractors and scores docs only.
func score(docs []stories.Doc, labels []string, opt stories.Options, extra []stories.Doc) stories.Scores {
	g := stories.NewGrouper(opt)
	g.Add(append(append([]stories.Doc(nil), docs...), extra...))
	byID := stories.Labels(g.Stories())
	pred := make([]string, len(docs))
	for i, d := range docs {
		pred[i] = byID[d.ID]
	}
	return stories.Evaluate(pred, labels)
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

// printErrors lists every true story whose articles were not grouped
// together alone, with the predicted story of each article.
func printErrors(docs []stories.Doc, labels []string, got []stories.Story) {
	pred := stories.Labels(got)
	byTruth := map[string][]int{}
	var order []string
	for i, l := range labels {
		if byTruth[l] == nil {
			order = append(order, l)
		}
		byTruth[l] = append(byTruth[l], i)
	}
	size := map[string]int{}
	for _, s := range got {
		size[s.ID] = len(s.Members)
	}
	for _, l := range order {
		idx := byTruth[l]
		p0 := pred[docs[idx[0]].ID]
		ok := size[p0] == len(idx)
		for _, i := range idx {
			ok = ok && pred[docs[i].ID] == p0
		}
		if ok {
			continue
		}
		fmt.Printf("\n%s\n", l)
		for _, i := range idx {
			d := docs[i]
			fmt.Printf("   %s %s(%d) %-16.16s %.90s\n", d.Date.Format("2006-01-02"), pred[d.ID], size[pred[d.ID]], d.Source, d.Title)
		}
	}
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
		t, err := time.Parse("2006-01-02", r.Date)
		if err != nil {
			t, _ = time.Parse("2006-01-02T15:04:05", r.Date)
		}
		docs[i] = stories.Doc{ID: r.ID, Title: r.Title, Text: r.Text, Source: r.Source, Date: t}
		labels[i] = r.Story
	}
	return docs, labels
}

// repeated returns docs followed by k-1 copies of each, under new ids and
// with the sentences of their text in a random (seeded) order.
func repeated(docs []stories.Doc, k int) []stories.Doc {
	out := docs
	r := rand.New(rand.NewSource(1))
	for c := 1; c < k; c++ {
		for _, d := range docs {
			sents := strings.SplitAfter(d.Text, ". ")
			r.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
			d.ID = fmt.Sprintf("%s#%d", d.ID, c)
			d.Text = strings.Join(sents, "")
			out = append(out, d)
		}
	}
	return out
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

// heap returns the bytes in use after a collection.
func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalstories:", err)
		os.Exit(1)
	}
}
