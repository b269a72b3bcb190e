package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"storytui/internal/index"
)

// phaseArg is what the parent hands a child phase.
type phaseArg struct {
	Index   string   `json:"index"`
	Paths   []string `json:"paths"`
	Skip    bool     `json:"skip"`    // build without extraction
	Queries []query  `json:"queries"` // query phase
	Typed   []string `json:"typed"`   // query phase: typed letter by letter
	Add     string   `json:"add"`     // incremental phase: the file added
	CutMS   int      `json:"cut_ms"`  // resume phase: cancel the build after this
	Expect  int      `json:"expect"`  // resume phase: articles expected; generate: articles to write
}

// phaseOut is what a child prints as its last line.
type phaseOut struct {
	Seconds  float64              `json:"seconds"`
	Articles int                  `json:"articles"`
	Problems int                  `json:"problems"`
	MS       map[string]float64   `json:"ms,omitempty"`
	Lat      map[string][]float64 `json:"lat,omitempty"` // per query kind, ms
	Person   []query              `json:"person,omitempty"`
	First    string               `json:"first,omitempty"` // what the first frame lists first
	OK       bool                 `json:"ok"`
	Note     string               `json:"note,omitempty"`
	RSSMB    float64              `json:"rss_mb"`  // peak, from /proc/self/status
	AnonMB   float64              `json:"anon_mb"` // peak anonymous (heap) part, sampled
	CPU      float64              `json:"cpu"`     // user+sys seconds, filled by the parent
}

// child runs one phase in a new process and returns its answer with the
// child's peak RSS.
func child(phase string, arg phaseArg) (phaseOut, error) {
	var out phaseOut
	b, err := json.Marshal(arg)
	if err != nil {
		return out, err
	}
	exe, err := os.Executable()
	if err != nil {
		return out, err
	}
	cmd := exec.Command(exe, "-phase", phase, "-arg", string(b))
	cmd.Stderr = os.Stderr
	stdout, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("phase %s: %w", phase, err)
	}
	lines := strings.Split(strings.TrimSpace(string(stdout)), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &out); err != nil {
		return out, fmt.Errorf("phase %s answer: %w", phase, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		out.RSSMB = float64(ru.Maxrss) * 1024 / 1e6 // Linux: KiB
		out.CPU = cpuSecs(ru)
	}
	return out, nil
}

// sampleAnon samples RssAnon, the resident memory not backed by files
// (VmHWM also counts the index files bleve maps, which the kernel can
// drop), every 50 ms; the returned function stops and gives the peak.
func sampleAnon() func() float64 {
	var mu sync.Mutex
	peak := 0.0
	stop := make(chan struct{})
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			v := statusMB("/proc/self/status", "RssAnon:")
			mu.Lock()
			peak = max(peak, v)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() float64 {
		close(stop)
		v := statusMB("/proc/self/status", "RssAnon:")
		mu.Lock()
		defer mu.Unlock()
		return max(peak, v)
	}
}

// peakRSSMB is this process's peak resident set in MB.
func peakRSSMB() float64 { return vmHWM("/proc/self/status") }

// vmHWM reads the peak resident set, in MB, from a /proc status file.
func vmHWM(status string) float64 { return statusMB(status, "VmHWM:") }

// statusMB reads one kB field of a /proc status file, in MB.
func statusMB(status, field string) float64 {
	b, err := os.ReadFile(status)
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == field {
			var kb float64
			fmt.Sscan(f[1], &kb)
			return kb * 1024 / 1e6
		}
	}
	return 0
}

// cpuNow is this process's CPU time so far, in seconds.
func cpuNow() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return cpuSecs(&ru)
}

func cpuSecs(ru *syscall.Rusage) float64 {
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func runPhase(phase, arg string) int {
	var a phaseArg
	if err := json.Unmarshal([]byte(arg), &a); err != nil {
		fmt.Fprintln(os.Stderr, "bench phase:", err)
		return 2
	}
	var out phaseOut
	var err error
	anon := sampleAnon()
	switch phase {
	case "build":
		out, err = phaseBuild(a)
	case "open":
		out, err = phaseOpen(a)
	case "query":
		out, err = phaseQuery(a)
	case "incremental":
		out, err = phaseIncremental(a)
	case "resume":
		out, err = phaseResume(a)
	case "generate":
		// Development aid: write the generated corpus of a.Expect
		// articles to a.Index (a path without extension: .jsonl.gz and
		// .csv are written), to study a build at one scale alone.
		arts, lerr := loadReal(a.Paths[0], 0)
		if lerr != nil {
			err = lerr
			break
		}
		set, gerr := writeScaled("generated", a.Index, arts, a.Expect)
		if gerr != nil {
			err = gerr
			break
		}
		fmt.Fprintln(os.Stderr, "wrote", set.path, set.articles, "articles")
		return 0
	case "queries":
		// Development aid: print the query set of a corpus as a phase
		// argument, to run the query phase alone on a kept index.
		arts, lerr := loadReal(a.Paths[0], 0)
		if lerr != nil {
			err = lerr
			break
		}
		a.Queries = makeQueries(arts)
		a.Typed = typedQueries(a.Queries)
		b, _ := json.Marshal(a)
		fmt.Println(string(b))
		return 0
	default:
		err = fmt.Errorf("unknown phase %q", phase)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench phase", phase+":", err)
		return 1
	}
	// Peak RSS as the child itself saw it: wait4's ru_maxrss would count
	// the parent's memory too, since Go starts children with vfork.
	out.RSSMB = peakRSSMB()
	out.AnonMB = anon()
	b, _ := json.Marshal(out)
	fmt.Println(string(b))
	return 0
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Nanoseconds()) / 1e6 }

// profileCPU writes a CPU profile of the phase to $BENCH_CPUPROFILE, when
// set (a development aid: where a build or an update spends its time);
// stop ends it.
func profileCPU() (stop func(), err error) {
	p := os.Getenv("BENCH_CPUPROFILE")
	if p == "" {
		return func() {}, nil
	}
	f, err := os.Create(p)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// phaseBuild builds an index from nothing: open, update, close.
func phaseBuild(a phaseArg) (phaseOut, error) {
	var out phaseOut
	stop, err := profileCPU()
	if err != nil {
		return out, err
	}
	defer stop()
	if p := os.Getenv("BENCH_HEAPAT"); p != "" {
		// Development aid: the live heap part way through a build.
		d, _ := time.ParseDuration(p)
		time.AfterFunc(d, func() {
			runtime.GC()
			f, err := os.Create("/tmp/bench-heap.prof")
			if err == nil {
				pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		})
	}
	if p := os.Getenv("BENCH_MEMPROFILE"); p != "" {
		runtime.MemProfileRate = 64 << 10
		defer func() {
			f, err := os.Create(p)
			if err == nil {
				pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	t := time.Now()
	ix, err := index.OpenWith(a.Index, index.Options{SkipExtraction: a.Skip})
	if err != nil {
		return out, err
	}
	last := time.Now()
	var p index.Progress
	err = ix.Update(context.Background(), a.Paths, func(pr index.Progress) {
		p = pr
		if time.Since(last) > 10*time.Second || pr.Done {
			last = time.Now()
			rate := float64(pr.Articles) / pr.Elapsed.Seconds()
			fmt.Fprintf(os.Stderr, "  build: %d articles, %.0f/s, %.1f MB/s read\n", pr.Articles, rate, float64(pr.BytesDone)/1e6/pr.Elapsed.Seconds())
		}
	})
	if err != nil {
		return out, err
	}
	n, _ := ix.Count()
	if err := ix.Close(); err != nil {
		return out, err
	}
	out.Seconds = time.Since(t).Seconds()
	out.Articles, out.Problems = int(n), len(p.Problems)
	return out, nil
}

// phaseOpen opens an existing index and runs what the first frame needs
// (the newest articles and the largest stories; the people table is
// loaded by Open).
func phaseOpen(a phaseArg) (phaseOut, error) {
	out := phaseOut{MS: map[string]float64{}}
	t := time.Now()
	ix, err := index.OpenWith(a.Index, index.Options{SkipExtraction: a.Skip})
	if err != nil {
		return out, err
	}
	defer ix.Close()
	out.MS["open"] = msSince(t)
	t1 := time.Now()
	res, err := ix.Search(context.Background(), "", 50)
	if err != nil {
		return out, err
	}
	out.MS["first"] = msSince(t1)
	if len(res.Hits) > 0 {
		out.First = res.Hits[0].Title
	}
	// The explorer opens on the Stories pane: its first frame lists the
	// largest stories, asked for as the UI asks (storiesLimit).
	t3 := time.Now()
	ss, err := ix.Stories(context.Background(), "", 200)
	if err != nil {
		return out, err
	}
	out.MS["stories"] = msSince(t3)
	if len(ss) > 0 {
		out.First = ss[0].Title
	}
	t2 := time.Now()
	ps, _, err := ix.People(context.Background(), index.Scope{})
	if err != nil {
		return out, err
	}
	out.MS["people"] = msSince(t2)
	out.Articles = len(ps)
	return out, nil
}

// phaseQuery runs the query set (once to warm up, then twice timed),
// person: queries drawn from the people table, and the typed queries
// prefix by prefix.
func phaseQuery(a phaseArg) (phaseOut, error) {
	out := phaseOut{Lat: map[string][]float64{}}
	ix, err := index.Open(a.Index)
	if err != nil {
		return out, err
	}
	defer ix.Close()
	ctx := context.Background()
	ps, _, err := ix.People(ctx, index.Scope{})
	if err != nil {
		return out, err
	}
	top := ps[:min(len(ps), 250)]
	for i := 0; i < 25 && len(top) > 0; i++ {
		p := top[i*len(top)/25]
		if strings.ContainsAny(p.Name, `"\`) {
			continue
		}
		out.Person = append(out.Person, query{"person: filter", fmt.Sprintf("person:%q", p.Name), p.Name})
	}
	qs := append(slices.Clone(a.Queries), out.Person...)
	if p := os.Getenv("BENCH_CPUPROFILE"); p != "" {
		// Development aid: where the query time goes.
		f, err := os.Create(p)
		if err != nil {
			return out, err
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	// Development aid: BENCH_MINOF=n times each query n times and keeps
	// the fastest, the query's own cost on a machine too busy for p99.
	// BENCH_CPU=1 times the process's CPU instead of the wall clock.
	minOf := 1
	fmt.Sscan(os.Getenv("BENCH_MINOF"), &minOf)
	useCPU := os.Getenv("BENCH_CPU") != ""
	for pass := range 3 {
		for _, q := range qs {
			ms := 0.0
			for r := range max(minOf, 1) {
				t, c := time.Now(), cpuNow()
				if _, err := ix.Search(ctx, q.Q, 20); err != nil {
					return out, fmt.Errorf("%q: %w", q.Q, err)
				}
				d := msSince(t)
				if useCPU {
					d = (cpuNow() - c) * 1000
				}
				if r == 0 || d < ms {
					ms = d
				}
			}
			if pass > 0 {
				out.Lat[q.Kind] = append(out.Lat[q.Kind], ms)
				if os.Getenv("BENCH_SLOW") != "" && ms > 10 {
					fmt.Fprintf(os.Stderr, "slow %6.1f ms  %-15s %s\n", ms, q.Kind, q.Q)
				}
			}
		}
	}
	// As you type: every prefix is a search, as a UI without a pause
	// would send it; a keystroke's search is cancelled by the next one's
	// start in the UI, here they simply run one after another.
	for _, q := range a.Typed {
		for i := 1; i <= len(q); i++ {
			t := time.Now()
			// A half-typed query may not parse (a lone quote); the UI
			// shows that error, so it counts as an answer.
			ix.Search(ctx, q[:i], 20)
			out.Lat["typed"] = append(out.Lat["typed"], msSince(t))
		}
	}
	return out, nil
}

// phaseIncremental adds one file to an indexed corpus, then takes it away.
func phaseIncremental(a phaseArg) (phaseOut, error) {
	out := phaseOut{MS: map[string]float64{}}
	stop, err := profileCPU()
	if err != nil {
		return out, err
	}
	defer stop()
	ix, err := index.Open(a.Index)
	if err != nil {
		return out, err
	}
	defer ix.Close()
	ctx := context.Background()
	t := time.Now()
	if err := ix.Update(ctx, a.Paths, nil); err != nil {
		return out, err
	}
	out.MS["noop"] = msSince(t)
	t = time.Now()
	if err := ix.Update(ctx, append(slices.Clone(a.Paths), a.Add), nil); err != nil {
		return out, err
	}
	out.MS["add"] = msSince(t)
	res, err := ix.Search(ctx, "id:benchadded", 1)
	if err != nil {
		return out, err
	}
	out.OK = res.Total == 1
	t = time.Now()
	if err := ix.Update(ctx, a.Paths, nil); err != nil {
		return out, err
	}
	out.MS["remove"] = msSince(t)
	return out, nil
}

// phaseResume cancels a build part way (as ctrl+c does), reopens the
// index, finishes it and checks the count.
func phaseResume(a phaseArg) (phaseOut, error) {
	out := phaseOut{MS: map[string]float64{}}
	ix, err := index.Open(a.Index)
	if err != nil {
		return out, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(a.CutMS)*time.Millisecond)
	err = ix.Update(ctx, a.Paths, nil)
	cancel()
	n1, _ := ix.Count()
	if cerr := ix.Close(); cerr != nil {
		return out, cerr
	}
	t := time.Now()
	ix, err2 := index.Open(a.Index)
	if err2 != nil {
		return out, err2
	}
	defer ix.Close()
	var again int
	if err := ix.Update(context.Background(), a.Paths, func(p index.Progress) { again = p.Articles }); err != nil {
		return out, err
	}
	out.MS["resume"] = msSince(t)
	n2, _ := ix.Count()
	ps, _, _ := ix.People(context.Background(), index.Scope{})
	out.Articles = int(n2)
	out.OK = int(n2) == a.Expect && len(ps) > 0
	out.Note = fmt.Sprintf("cut after %d ms (%v) with %d articles in; the next run indexed %d more, then held %d of %d expected, %d people",
		a.CutMS, err, n1, again, n2, a.Expect, len(ps))
	return out, nil
}
