package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"storytui/data"
	"storytui/internal/index"
)

// buildFig is one build measured.
type buildFig struct {
	secs, cpu, rssMB, anonMB float64
	size                     int64
	articles                 int
	ok                       bool
}

// scaleFigs is everything measured on one corpus.
type scaleFigs struct {
	set                 *corpusSet
	ours, bleve, sqlite buildFig
	openMS, bleveOpenMS float64
	firstMS, peopleMS   float64
	storiesMS           float64 // the first 200 stories, after newest 50
	lat                 map[string][]float64
	grepMS              []float64
	person              []query
}

func measureAll(o *opts, r *report) error {
	logf("reading %s", o.corpus)
	arts, err := loadReal(o.corpus, o.limit)
	if err != nil {
		return err
	}
	r.realName = filepath.Base(o.corpus)
	base, err := writeReal("real", filepath.Join(o.work, "real"), arts)
	if err != nil {
		return err
	}
	if o.limit == 0 {
		// The index reads the original file; the written copy serves
		// sqlite3 and grep. Same articles, as reading is idempotent.
		base.path = mustAbs(o.corpus)
	}
	logf("%d articles, %.1f MB of raw text", base.articles, float64(base.rawBytes)/1e6)
	qs := makeQueries(arts)
	r.queries = qs
	r.typed = typedQueries(qs)
	small, err := writeReal("resume", filepath.Join(o.work, "resume"), arts[:min(len(arts), 5000)])
	if err != nil {
		return err
	}
	var big *corpusSet
	if o.scale > 0 {
		logf("generating %d articles", o.scale)
		big, err = writeScaled("scaled", filepath.Join(o.work, "scaled"), arts, o.scale)
		if err != nil {
			return err
		}
	}
	arts = nil
	runtime.GC()

	r.grepName = ""
	gbin, gargs, gname := grepTool()
	r.grepName = gname
	r.bin, r.binErr = buildStorytui(o.work)

	r.base = measureScale(o, base, qs, r.typed, gbin, gargs, true, r)
	logf("interrupted build")
	res, err := child("resume", phaseArg{Index: filepath.Join(o.work, "idx-resume"), Paths: []string{small.path}, CutMS: 4000, Expect: small.articles})
	if err != nil {
		r.resumeNote = err.Error()
	} else {
		r.resumeOK, r.resumeNote, r.resumeMS = res.OK, res.Note, res.MS["resume"]
	}
	if big != nil {
		// The large corpus takes long: show what is known so far.
		fmt.Fprintln(os.Stderr, "\nTable so far (the real corpus):")
		r.print(os.Stderr)
		r.big = measureScale(o, big, qs, nil, gbin, gargs, false, r)
	}
	return nil
}

// measureScale builds, opens and queries one corpus.
func measureScale(o *opts, set *corpusSet, qs []query, typed []string, gbin string, gargs []string, full bool, r *report) *scaleFigs {
	f := &scaleFigs{set: set}
	ours := filepath.Join(o.work, "idx-"+set.name)
	bl := filepath.Join(o.work, "idx-"+set.name+"-bleve")
	build := func(dir string, skip bool) buildFig {
		os.RemoveAll(dir)
		logf("build %s (skip extraction %v)", set.name, skip)
		out, err := child("build", phaseArg{Index: dir, Paths: []string{set.path}, Skip: skip})
		if err != nil {
			r.errs = append(r.errs, err.Error())
			return buildFig{}
		}
		logf("  %.1fs (%.1f s CPU), %d articles, %.0f MB peak RSS (%.0f MB anonymous)", out.Seconds, out.CPU, out.Articles, out.RSSMB, out.AnonMB)
		return buildFig{secs: out.Seconds, cpu: out.CPU, rssMB: out.RSSMB, anonMB: out.AnonMB, size: dirSize(dir), articles: out.Articles, ok: true}
	}
	f.ours = build(ours, false)
	f.bleve = build(bl, true)
	logf("sqlite3 FTS5 %s", set.name)
	if secs, cpu, rss, size, ok, err := sqliteBuild(set.csv, filepath.Join(o.work, set.name+".sqlite")); err != nil {
		r.errs = append(r.errs, err.Error())
	} else if ok {
		f.sqlite = buildFig{secs: secs, cpu: cpu, rssMB: rss, size: size, articles: set.articles, ok: true}
		os.Remove(filepath.Join(o.work, set.name+".sqlite"))
	}
	if !f.ours.ok {
		return f
	}
	logf("open %s", set.name)
	var first string
	if out, err := child("open", phaseArg{Index: ours}); err == nil {
		f.openMS, f.firstMS, f.storiesMS, f.peopleMS, first = out.MS["open"], out.MS["first"], out.MS["stories"], out.MS["people"], out.First
	} else {
		r.errs = append(r.errs, err.Error())
	}
	if out, err := child("open", phaseArg{Index: bl, Skip: true}); err == nil {
		f.bleveOpenMS = out.MS["open"]
	}
	logf("queries %s", set.name)
	out, err := child("query", phaseArg{Index: ours, Queries: qs, Typed: typed})
	if err != nil {
		r.errs = append(r.errs, err.Error())
	} else {
		f.lat, f.person = out.Lat, out.Person
	}
	logf("grep baseline %s", set.name)
	var pats []string
	for _, q := range append(append([]query{}, qs...), f.person...) {
		if q.Grep != "" && q.Kind != "source: filter" && q.Kind != "date range" {
			pats = append(pats, q.Grep)
		}
	}
	// Every eighth pattern: a full scan per query is slow at 300k.
	var some []string
	for i := 0; i < len(pats); i += 8 {
		some = append(some, pats[i])
	}
	f.grepMS, err = grepTimes(gbin, gargs, set.csv, some)
	if err != nil {
		r.errs = append(r.errs, err.Error())
	}
	if !full {
		return f
	}
	// Adding a file comes before the first frame: the storytui binary
	// launched there is another build than this one, and the index
	// files that hold what a build worked out (the stories top's names,
	// the people table's key data) are of one build only, so after it
	// this build's add would start cold, as no user's storytui does.
	logf("incremental")
	add := filepath.Join(o.work, "added.jsonl")
	os.WriteFile(add, []byte(`{"id":"benchadded","title":"One more article","source":"Bench","date":"2020-01-02","text":"Senator Jane Roe said on Tuesday that the budget talks would go on. \"We will get it done,\" she said."}`+"\n"), 0o644)
	if out, err := child("incremental", phaseArg{Index: ours, Paths: []string{set.path}, Add: add}); err != nil {
		r.errs = append(r.errs, err.Error())
	} else {
		r.addMS, r.noopMS, r.removeMS, r.addOK = out.MS["add"], out.MS["noop"], out.MS["remove"], out.OK
	}
	if r.bin != "" && first != "" {
		logf("first frame")
		want := marker(first)
		if ms, err := firstFrame(r.bin, []string{"--index", ours, set.path}, want, 5); err != nil {
			r.errs = append(r.errs, "first frame: "+err.Error())
		} else {
			r.frameMS = ms
		}
		if ms, err := firstFrame(r.bin, nil, marker(builtinFirst()), 5); err != nil {
			r.errs = append(r.errs, "first frame, built-in corpus: "+err.Error())
		} else {
			r.frameBuiltinMS = ms
		}
	}
	return f
}

// marker is a piece of a title that the results list shows whole.
func marker(title string) string {
	w := strings.Fields(title)
	s := strings.Join(w[:min(3, len(w))], " ")
	if len(s) > 18 {
		s = s[:18]
		for len(s) > 0 && s[len(s)-1] >= 0x80 {
			s = s[:len(s)-1]
		}
	}
	return s
}

// builtinFirst is the title the explorer's first screen (the Stories
// pane) lists first on the built-in corpus.
func builtinFirst() string {
	ix, err := index.NewMemory()
	if err != nil {
		return ""
	}
	defer ix.Close()
	ix.AddFS(context.Background(), data.FS, nil)
	if ss, err := ix.Stories(context.Background(), "", 1); err == nil && len(ss) > 0 {
		return ss[0].Title
	}
	res, err := ix.Search(context.Background(), "", 1)
	if err != nil || len(res.Hits) == 0 {
		return ""
	}
	return res.Hits[0].Title
}

// buildStorytui compiles the binary the first-frame test launches.
func buildStorytui(work string) (string, error) {
	bin := filepath.Join(work, "storytui")
	out, err := exec.Command("go", "build", "-o", bin, "storytui/cmd/storytui").CombinedOutput()
	if err != nil {
		logf("cannot build storytui (first frame not measured): %v %s", err, firstLines(string(out)))
		return "", fmt.Errorf("go build: %v", err)
	}
	return bin, nil
}
