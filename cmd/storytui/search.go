package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"storytui/internal/index"
)

const searchHelp = `Usage: storytui search [--json] [--limit N] QUERY [PATH...]

Searches the articles under PATH (the built-in corpus when none is given)
and prints one hit per line: id, title, source, date, score and snippet,
separated by tabs, or with --json one JSON object per line (JSON Lines).

Query syntax:
  sessions kislyak            both words (stemmed: meeting finds meetings)
  "attorney general"          a phrase
  sessions -trump             without a word
  kisylak~                    the word or a spelling one letter off it (Kislyak)
  source:cnn  author:"jane doe"  title:russia
  person:"al franken"  speaker:pelosi  quote:perjury  stance:demands  action:resign
  date:>="2017-03-01" date:<"2017-04-01"
  story:ID                    the articles of one story (ids from storytui stories)

Examples:
  storytui search Kislyak
  storytui search --json --limit 5 '"nothing misleading"' ~/news | jq -r .id
`

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("search", searchHelp, stderr)
	c := newIndexCommand(fs.Name(), args, stdout)
	c.register(fs)
	limit := fs.Int("limit", 20, "print at most `N` hits")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	if len(rest) == 0 {
		fmt.Fprintln(stderr, "storytui search: no query given (try: storytui search Kislyak)")
		return 2
	}
	query, paths := rest[0], rest[1:]
	return c.run(paths, stderr, func(ctx context.Context, ix *index.Index) int {
		if index.NamesPeople(query) {
			if err := ix.WaitPeople(ctx); err != nil {
				// the filter still works, on the names as written
				fmt.Fprintf(stderr, "storytui search: people table: %v\n", err)
			}
		}
		res, err := ix.Search(ctx, query, *limit)
		if err != nil {
			fmt.Fprintf(stderr, "storytui search: %v\n", err)
			return 1
		}
		if res.Note != "" {
			fmt.Fprintln(stderr, "storytui search:", res.Note)
		}
		return printHits(stdout, stderr, c.asJSON, res)
	})
}

// printHits writes search hits as JSON Lines or tab-separated lines.
func printHits(stdout, stderr io.Writer, asJSON bool, res index.Results) int {
	if asJSON {
		enc := json.NewEncoder(stdout)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return 1
			}
		}
		return 0
	}
	for _, h := range res.Hits {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%.3f\t%s\n", h.ID, oneLine(h.Title), h.Source, h.DateText, h.Score, oneLine(h.Snippet))
	}
	switch {
	case isTerminal(stdout):
		fmt.Fprintf(stderr, "%d of %d hits in %s\n", len(res.Hits), res.Total, res.Took)
	case res.Total == 0:
		// Into a pipe, no hits printed nothing at all: say so where it
		// does not mix with the hits, and what to try.
		fmt.Fprintf(stderr, "storytui search: no articles match %q (a word~ also finds spellings one letter off)\n", res.Query)
	}
	return 0
}

// oneLine keeps a field on its line in tab-separated output.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// isTerminal reports whether w is a terminal (so progress can be drawn in
// place and colour used).
func isTerminal(w io.Writer) bool {
	if s, ok := w.(streamWriter); ok {
		return s.terminal // the forwarding command's own stream
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
