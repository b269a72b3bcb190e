package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"storytui/internal/corpus"
	"storytui/internal/index"
	"storytui/internal/ui"
	"storytui/internal/watch"
)

func runExplorer(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("storytui", usage, stderr)
	// usage lists the explorer's flags itself; the flag package's list
	// after it said them all again, with one dash.
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	var f indexFlags
	fs.StringVar(&f.dir, "index", "", "keep the index in `DIR` instead of the cache directory")
	fs.BoolVar(&f.reindex, "reindex", false, "rebuild the index from scratch")
	query := fs.String("query", "", "start with this search `QUERY`")
	watching := fs.Bool("watch", false, "index new and changed files under PATH while the explorer is open")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	if *watching && len(paths) == 0 {
		fmt.Fprintln(stderr, "storytui: --watch needs a PATH to watch (the built-in corpus never changes)")
		return 2
	}
	if noPathExists(paths, stderr) {
		return 1
	}
	if !isTerminal(stdout) {
		fmt.Fprintln(stderr, "storytui: the explorer needs a terminal; from a script use 'storytui search QUERY [PATH...]' (see storytui --help)")
		return 2
	}

	ix, dir, err := openIndex(paths, f)
	if err != nil {
		printOpenError(stderr, dir, err)
		return 1
	}
	defer ix.Close()
	if dir != "" {
		// Commands on the same files from other terminals are answered
		// here (serve.go); it stops before the index closes.
		defer serveCommands(dir, ix)()
	}

	// Watching starts before the first build, so that nothing written
	// during it is missed.
	var w *watch.Watcher
	if *watching {
		w, err = watch.New(paths, watch.Options{Keep: corpus.Supported})
		if err != nil {
			fmt.Fprintln(stderr, "storytui: --watch:", err)
			return 1
		}
		defer w.Close()
	}

	// The index fills in the background while the explorer is already
	// usable on what has been indexed so far.
	ctx, cancel := context.WithCancel(context.Background())
	progress := make(chan index.Progress, 1)
	built := make(chan error, 1)
	go func() {
		defer close(progress)
		var last index.Progress
		err := fill(ctx, ix, paths, func(p index.Progress) {
			last = p
			sendLatest(progress, p)
		})
		built <- err
		if err != nil && ctx.Err() == nil {
			// A failed build (a full disk) is listed with the problems,
			// as a failed update of --watch is, so the explorer shows it.
			where := dir
			if where == "" {
				where = "built-in corpus"
			}
			sendLatest(progress, index.Progress{Done: true, Problems: append(last.Problems, corpus.Problem{File: where, Reason: "indexing failed: " + err.Error()})})
		}
		if w != nil && err == nil {
			keepIndexing(ctx, ix, paths, w, progress, last.Problems)
		}
	}()

	title := "built-in corpus"
	if len(paths) > 0 {
		title = strings.Join(paths, " ")
	}
	if w != nil {
		title += " (watching)"
	}
	notice := ""
	if r := ix.Rebuilt(); r != nil {
		notice = r.String()
	} else if o := ix.OlderRules(); o != nil {
		notice = o.String()
	}
	histPath, histErr := historyFile(dir)
	var history []string
	if histErr == nil {
		history = loadHistory(histPath)
	}
	m := ui.New(ix, ui.Options{Title: title, Progress: progress, Query: *query, Notice: notice, History: history})
	final, runErr := tea.NewProgram(m).Run()
	if fm, ok := final.(ui.Model); ok && histErr == nil {
		// The searches, for ↑ in the next session's search box.
		if err := saveHistory(histPath, fm.History()); err != nil {
			fmt.Fprintln(stderr, "storytui: could not keep the searches for next time:", err)
		}
	}
	var buildErr error
	select {
	case buildErr = <-built: // it ended before the quit: any error is its own
	default:
		cancel() // stop the build; the index stays consistent
		if err := <-built; !errors.Is(err, context.Canceled) {
			buildErr = err
		}
	}
	cancel()
	if runErr != nil {
		fmt.Fprintln(stderr, "storytui:", runErr)
		return 1
	}
	if buildErr != nil {
		fmt.Fprintln(stderr, "storytui: indexing failed:", buildErr)
		return 1
	}
	return 0
}

// keepIndexing brings the index in step with paths after every burst of
// changes the watcher reports, until ctx ends. Each run ends with a Done
// report, on which the UI refreshes. A run reads only what changed, so the
// problems it reports are merged with those of earlier runs.
func keepIndexing(ctx context.Context, ix *index.Index, paths []string, w *watch.Watcher, ch chan index.Progress, problems []corpus.Problem) {
	for {
		var changed []string
		select {
		case <-ctx.Done():
			return
		case err := <-w.Errors():
			problems = append(problems, corpus.Problem{File: strings.Join(paths, " "), Reason: "watching: " + err.Error()})
			sendLatest(ch, index.Progress{Done: true, Problems: problems})
			continue
		case changed = <-w.Changes():
		}
		var last index.Progress
		err := ix.Update(ctx, paths, func(p index.Progress) {
			p.Problems = mergeProblems(problems, changed, p.Problems)
			last = p
			sendLatest(ch, p)
		})
		if ctx.Err() != nil {
			return
		}
		problems = last.Problems
		if err != nil {
			problems = append(problems, corpus.Problem{File: strings.Join(paths, " "), Reason: "updating the index: " + err.Error()})
			sendLatest(ch, index.Progress{Done: true, Problems: problems})
		}
	}
}

// mergeProblems keeps the problems of earlier runs about files that did
// not change (nor lie under a changed directory) and adds the new run's.
func mergeProblems(old []corpus.Problem, changed []string, fresh []corpus.Problem) []corpus.Problem {
	gone := make(map[string]bool, len(changed)+len(fresh))
	for _, p := range changed {
		gone[p] = true
	}
	for _, p := range fresh {
		gone[p.File] = true
	}
	out := make([]corpus.Problem, 0, len(old)+len(fresh))
	for _, p := range old {
		if !gone[p.File] && !under(p.File, changed) {
			out = append(out, p)
		}
	}
	return append(out, fresh...)
}

// under reports whether path lies inside one of dirs.
func under(path string, dirs []string) bool {
	for _, d := range dirs {
		if strings.HasPrefix(path, d+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// sendLatest hands the UI the newest progress without ever blocking the
// build: an unread older value is replaced. The final (Done) value always
// gets through.
func sendLatest(ch chan index.Progress, p index.Progress) {
	for {
		select {
		case ch <- p:
			return
		default:
		}
		select {
		case <-ch: // drop the stale value nobody read yet
		default:
		}
		if !p.Done {
			select {
			case ch <- p:
			default:
			}
			return
		}
	}
}
