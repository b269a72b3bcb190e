package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	tea "charm.land/bubbletea/v2"

	"storytui/internal/index"
	"storytui/internal/ui"
)

func runExplorer(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("storytui", usage, stderr)
	var f indexFlags
	fs.StringVar(&f.dir, "index", "", "keep the index in `DIR` instead of the cache directory")
	fs.BoolVar(&f.reindex, "reindex", false, "rebuild the index from scratch")
	query := fs.String("query", "", "start with this search `QUERY`")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	if !isTerminal(stdout) {
		fmt.Fprintln(stderr, "storytui: the explorer needs a terminal; from a script use 'storytui search QUERY [PATH...]' (see storytui --help)")
		return 2
	}

	ix, _, err := openIndex(paths, f)
	if err != nil {
		fmt.Fprintln(stderr, "storytui:", err)
		return 1
	}
	defer ix.Close()

	// The index fills in the background while the explorer is already
	// usable on what has been indexed so far.
	ctx, cancel := context.WithCancel(context.Background())
	progress := make(chan index.Progress, 1)
	built := make(chan error, 1)
	go func() {
		defer close(progress)
		built <- fill(ctx, ix, paths, func(p index.Progress) { sendLatest(progress, p) })
	}()

	title := "built-in corpus"
	if len(paths) > 0 {
		title = strings.Join(paths, " ")
	}
	m := ui.New(ix, ui.Options{Title: title, Progress: progress, Query: *query})
	_, runErr := tea.NewProgram(m).Run()
	cancel() // stop a build still under way; the index stays consistent
	buildErr := <-built
	if runErr != nil {
		fmt.Fprintln(stderr, "storytui:", runErr)
		return 1
	}
	if buildErr != nil && ctx.Err() == nil {
		fmt.Fprintln(stderr, "storytui: indexing failed:", buildErr)
		return 1
	}
	return 0
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
