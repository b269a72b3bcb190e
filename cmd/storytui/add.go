package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"storytui/internal/fetch"
)

const addHelp = `Usage: storytui add [--dir DIR] [--timeout DURATION] [--max-size MiB] URL...

Downloads web pages and RSS/Atom feeds into a folder of articles, which
you then open like any other: 'storytui DIR' (add --watch to see new ones
arrive while it runs). Fetching the same URL again replaces its copy.
A page is read for its main text and metadata; a feed gives one article
per item (items that carry only a summary are marked as summaries).

DIR defaults to $XDG_DATA_HOME/storytui/articles (~/.local/share/storytui/articles).

Examples:
  storytui add https://example.com/news/story.html
  storytui add --dir ~/news https://example.com/feed.xml && storytui ~/news
`

func runAdd(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("add", addHelp, stderr)
	dir := fs.String("dir", "", "save into `DIR` instead of the default folder")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "give up on a URL after `DURATION`")
	maxMiB := fs.Int("max-size", fetch.DefaultMaxBytes>>20, "refuse documents larger than `MiB` mebibytes")
	urls, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	if len(urls) == 0 {
		fmt.Fprintln(stderr, "storytui add: no URL given (try: storytui add https://example.com/feed.xml)")
		return 2
	}
	if *maxMiB <= 0 || *timeout <= 0 {
		fmt.Fprintln(stderr, "storytui add: --max-size and --timeout must be positive")
		return 2
	}
	if *dir == "" {
		d, err := fetch.DefaultDir()
		if err != nil {
			fmt.Fprintln(stderr, "storytui add: no folder for articles:", err, "(use --dir DIR)")
			return 1
		}
		*dir = d
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	f := fetch.New(*timeout, int64(*maxMiB)<<20)
	saved := 0
	for _, u := range urls {
		start := time.Now()
		p, err := f.Fetch(ctx, u)
		if err == nil {
			var path string
			path, err = fetch.Save(*dir, p)
			if err == nil {
				saved++
				fmt.Fprintf(stdout, "%s\t%s, %s in %s\t%s\n", u, p.Kind, fetch.FormatSize(int64(len(p.Body))), time.Since(start).Round(time.Millisecond), path)
				continue
			}
		}
		fmt.Fprintln(stderr, "storytui add:", err)
		if ctx.Err() != nil {
			break
		}
	}
	if saved > 0 {
		fmt.Fprintf(stderr, "saved %d of %d into %s; explore them with: storytui %s\n", saved, len(urls), *dir, *dir)
	}
	if saved < len(urls) {
		return 1
	}
	return 0
}
