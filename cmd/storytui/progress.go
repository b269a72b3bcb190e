package main

import (
	"fmt"
	"io"
	"time"

	"storytui/internal/index"
)

// progressPrinter reports a build on stderr: one line rewritten in place
// on a terminal, an occasional plain line otherwise, and always a summary
// with every loading problem at the end.
type progressPrinter struct {
	w        io.Writer
	terminal bool
	last     time.Time
	every    time.Duration
	shown    bool
}

func newProgressPrinter(w io.Writer, terminal bool) *progressPrinter {
	every := 5 * time.Second
	if terminal {
		every = 200 * time.Millisecond
	}
	return &progressPrinter{w: w, terminal: terminal, every: every}
}

// update is an index progress callback.
func (p *progressPrinter) update(pr index.Progress) {
	if pr.Done {
		p.finish(pr)
		return
	}
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	line := progressLine(pr)
	if p.terminal {
		fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
	p.shown = true
}

func (p *progressPrinter) finish(pr index.Progress) {
	if p.terminal && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	const maxShown = 50
	for i, prob := range pr.Problems {
		if i == maxShown {
			fmt.Fprintf(p.w, "... and %d more problems\n", len(pr.Problems)-maxShown)
			break
		}
		fmt.Fprintln(p.w, prob.String())
	}
	if pr.FilesDone == 0 && pr.Removed == 0 && len(pr.Problems) == 0 {
		return // nothing changed since the last run: stay quiet
	}
	fmt.Fprintf(p.w, "indexed %s from %s in %s", counted(pr.Articles, "article"), counted(pr.FilesDone, "file"), pr.Elapsed.Round(time.Millisecond))
	if pr.Removed > 0 {
		fmt.Fprintf(p.w, ", removed %d", pr.Removed)
	}
	if n := len(pr.Problems); n > 0 {
		fmt.Fprintf(p.w, ", %s", counted(n, "problem"))
	}
	fmt.Fprintln(p.w)
}

// progressLine describes a build under way: files, articles, rate and ETA.
func progressLine(pr index.Progress) string {
	secs := pr.Elapsed.Seconds()
	line := fmt.Sprintf("indexing: %d/%d files, %d articles", pr.FilesDone, pr.FilesTotal, pr.Articles)
	if secs > 0 {
		line += fmt.Sprintf(", %.0f articles/s", float64(pr.Articles)/secs)
	}
	if pr.Phase != "" {
		// The articles are in; the percentage and ETA of reading
		// would stand at 100% and 0s while this goes on.
		return line + fmt.Sprintf("; %s, %s", pr.Phase, pr.Elapsed.Round(time.Second))
	}
	if pr.BytesTotal > 0 && pr.BytesDone > 0 && secs > 0 {
		pct := float64(pr.BytesDone) / float64(pr.BytesTotal)
		eta := time.Duration(secs*(1-pct)/pct) * time.Second
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*pct, eta.Round(time.Second))
	}
	return line
}
