package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

// report gathers every figure and prints the table.
type report struct {
	started                 time.Time
	took                    time.Duration
	quick                   bool
	realName                string
	base, big               *scaleFigs
	queries                 []query
	typed                   []string
	grepName                string
	bin                     string
	binErr                  error
	frameMS, frameBuiltinMS float64
	addMS, noopMS, removeMS float64
	addOK                   bool
	resumeOK                bool
	resumeMS                float64
	resumeNote              string
	errs                    []string
}

// pct is the p-th percentile (nearest rank) of xs.
func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

// table is the rows printed.
type table struct{ rows [][]string }

func (t *table) add(fig string, val, base float64, unit string, goal string, met string) {
	ratio := "–"
	if base > 0 && val > 0 && !math.IsNaN(val) && !math.IsNaN(base) {
		ratio = fmt.Sprintf("%.2fx", val/base)
	}
	t.rows = append(t.rows, []string{fig, num(val, unit), num(base, unit), ratio, goal, met})
}

func (t *table) text(fig, val, base, goal, met string) {
	t.rows = append(t.rows, []string{fig, val, base, "–", goal, met})
}

func num(v float64, unit string) string {
	switch {
	case v == 0 || math.IsNaN(v):
		return "–"
	case v >= 100:
		return fmt.Sprintf("%.0f %s", v, unit)
	case v >= 10:
		return fmt.Sprintf("%.1f %s", v, unit)
	default:
		return fmt.Sprintf("%.2f %s", v, unit)
	}
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

func mb(n int64) float64 { return float64(n) / 1e6 }

func (r *report) print(w io.Writer) {
	host, _ := os.Hostname()
	mode := "full"
	if r.quick {
		mode = "quick (-quick: 5,000 real articles, 20,000 generated)"
	}
	fmt.Fprintf(w, "storytui benchmark, %s, %s, %d cores (GOMAXPROCS %d), host %s, run took %v, mode %s.\n\n",
		r.started.Format("2006-01-02 15:04"), runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), host, r.took.Round(time.Second), mode)
	desc := func(f *scaleFigs, what string) {
		if f != nil {
			fmt.Fprintf(w, "- %s: %d articles, %.1f MB of raw text (title+text after cleaning); %s.\n", f.set.name, f.set.articles, mb(f.set.rawBytes), what)
		}
	}
	desc(r.base, "from "+r.realName)
	desc(r.big, "generated: "+generationNote)
	fmt.Fprintf(w, "- Baselines: the same index with extraction skipped (`index.Options{SkipExtraction: true}`, bleve alone), sqlite3 FTS5 (`.import --csv` of id,title,text), %s over the same text as CSV (every eighth pattern of the query set), storytui on its 2-article built-in corpus for the first frame, a no-op update for adding a file.\n", r.grepName)
	fmt.Fprintf(w, "- Queries: %d drawn from the corpus vocabulary (%s), plus 25 `person:` queries from the people table; each run once to warm up, then twice timed; top 20 with snippets. As you type: %d searches typed letter by letter, one search per keystroke, no pause.\n\n",
		len(r.queries), strings.Join(kinds[:len(kinds)], ", "), len(r.typed))

	t := &table{}
	if r.base != nil {
		r.scaleRows(t, r.base, true)
	}
	if r.big != nil {
		r.scaleRows(t, r.big, false)
	}
	fmt.Fprintln(w, "| figure | value | baseline | ratio | goal | met? |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, row := range t.rows {
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
	if len(r.errs) > 0 {
		fmt.Fprintln(w, "\nErrors:")
		for _, e := range r.errs {
			fmt.Fprintln(w, "- "+e)
		}
	}
}

func (r *report) scaleRows(t *table, f *scaleFigs, base bool) {
	n := f.set.name + fmt.Sprintf(" (%dk)", (f.set.articles+500)/1000)
	raw := mb(f.set.rawBytes)
	rate := func(b buildFig) float64 {
		if !b.ok || b.secs == 0 {
			return 0
		}
		return raw / b.secs
	}
	aps := func(b buildFig) float64 {
		if !b.ok || b.secs == 0 {
			return 0
		}
		return float64(f.set.articles) / b.secs
	}
	if f.ours.ok {
		t.add(n+" build time vs bleve alone", f.ours.secs, f.bleve.secs, "s", "", "")
		t.add(n+" build CPU time (user+sys) vs bleve alone", f.ours.cpu, f.bleve.cpu, "s", "", "")
		t.add(n+" raw text per CPU second vs bleve alone", raw/f.ours.cpu, raw/f.bleve.cpu, "MB/s", "", "")
		ok := rate(f.ours) >= 3 && rate(f.ours) >= 0.8*rate(f.bleve)
		t.add(n+" build rate vs bleve alone", rate(f.ours), rate(f.bleve), "MB/s", "≥ 3 MB/s and ≥ 0.8x", yes(ok))
		t.add(n+" build rate vs sqlite3 FTS5", rate(f.ours), rate(f.sqlite), "MB/s", "", "")
		t.add(n+" articles/s vs bleve alone", aps(f.ours), aps(f.bleve), "/s", "", "")
		goal, met := "", ""
		if base {
			goal, met = "≤ 1000 MB", yes(f.ours.rssMB <= 1000)
		}
		t.add(n+" peak RSS vs bleve alone", f.ours.rssMB, f.bleve.rssMB, "MB", goal, met)
		t.add(n+" peak RSS vs sqlite3", f.ours.rssMB, f.sqlite.rssMB, "MB", "", "")
		t.add(n+" peak anonymous RSS (heap; RSS less mapped index files) vs bleve alone", f.ours.anonMB, f.bleve.anonMB, "MB", "", "")
		sz := mb(f.ours.size) / raw
		t.add(n+" index size / raw text vs bleve alone", sz, mb(f.bleve.size)/raw, "x", "≤ 1.5x", yes(sz <= 1.5))
		t.add(n+" index size / raw text vs sqlite3", sz, mb(f.sqlite.size)/raw, "x", "", "")
		if f.ours.articles != f.set.articles {
			t.text(n+" articles in the index", fmt.Sprint(f.ours.articles), fmt.Sprint(f.set.articles), "all", "**no**")
		}
		if !base && r.base != nil && r.base.ours.ok {
			per := f.ours.secs / float64(f.set.articles)
			per0 := r.base.ours.secs / float64(r.base.set.articles)
			t.add(n+" build cost per article vs the real corpus", per*1e3, per0*1e3, "ms", "≤ 1.2x", yes(per <= 1.2*per0))
		}
	}
	if f.openMS > 0 {
		t.add(n+" open index vs bleve alone", f.openMS, f.bleveOpenMS, "ms", "", "")
		t.add(n+" open + newest 50 (in process)", f.openMS+f.firstMS, f.bleveOpenMS, "ms", "", "")
		if f.storiesMS > 0 {
			t.add(n+" open + newest 50 + largest 200 stories (in process)", f.openMS+f.firstMS+f.storiesMS, f.bleveOpenMS, "ms", "", "")
		}
		t.add(n+" people table at launch (persisted)", f.peopleMS, 0, "ms", "never a scan", "yes")
	}
	if base && r.frameMS > 0 {
		t.add(n+" launch to first frame: first story listed (tmux)", r.frameMS, r.frameBuiltinMS, "ms", "≤ 300 ms", yes(r.frameMS <= 300))
	}
	if f.lat != nil {
		var all []float64
		for _, k := range kinds {
			all = append(all, f.lat[k]...)
		}
		gp := pct(f.grepMS, 50)
		limit := 15.0
		if !base {
			limit = 100
		}
		t.add(n+" query p50 (all kinds) vs grep p50", pct(all, 50), gp, "ms", "", "")
		t.add(n+" query p99 (all kinds) vs grep p50", pct(all, 99), gp, "ms", fmt.Sprintf("≤ %.0f ms", limit), yes(pct(all, 99) <= limit))
		for _, k := range kinds {
			if xs := f.lat[k]; len(xs) > 0 {
				t.text(fmt.Sprintf("%s query %s p50 / p99 (%d)", n, k, len(xs)/2),
					fmt.Sprintf("%.1f / %.1f ms", pct(xs, 50), pct(xs, 99)), "", "", "")
			}
		}
		if xs := f.lat["typed"]; len(xs) > 0 {
			t.add(fmt.Sprintf("%s search as you type p99 (%d keystrokes) vs p50", n, len(xs)), pct(xs, 99), pct(xs, 50), "ms", "≤ 50 ms", yes(pct(xs, 99) <= 50))
		}
	}
	if base && r.addMS > 0 {
		t.add(n+" add one file vs no-op update", r.addMS, r.noopMS, "ms", "≤ 1000 ms", yes(r.addMS <= 1000 && r.addOK))
		t.add(n+" remove that file vs no-op update", r.removeMS, r.noopMS, "ms", "", "")
	}
	if base {
		t.text("ctrl+c during a build, next run resumes (5k)", yes(r.resumeOK), "", "consistent", r.resumeNote)
	}
}
