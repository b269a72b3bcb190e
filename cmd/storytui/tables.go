package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"storytui/internal/aggregate"
	"storytui/internal/index"
)

const peopleHelp = `Usage: storytui people [--json] [--query QUERY] [--limit N] [PATH...]

Lists the people named in the articles under PATH (the built-in corpus
when none is given), one entry per person however the articles name them:
name, role, articles, mentions and quotes, most mentioned first. With
--query, only the people of the articles that query finds. With --json,
one JSON object per person per line.

Examples:
  storytui people
  storytui people --json ~/news | jq -r 'select(.quotes > 10) | .name'
`

const quotesHelp = `Usage: storytui quotes --by NAME [--json] [PATH...]

Prints everything NAME said across the articles under PATH (the built-in
corpus when none is given): each statement once, with every outlet, date
and article that carried it, newest first. NAME may be a full name, an
alias or a surname. With --json, one JSON object per quote per line.

Examples:
  storytui quotes --by "Jeff Sessions"
  storytui quotes --by pelosi --json ~/news | jq -r '.sources[].outlet'
`

const reactionsHelp = `Usage: storytui reactions [--json] [QUERY] [PATH...]

Prints who reacted to the story and how (demands, criticizes, supports,
denies, neutral), with their role and the words that show it: for the
articles QUERY finds, or every article when there is no query. The first
argument is a query unless it names an existing file or directory.

Examples:
  storytui reactions
  storytui reactions --json 'sessions kislyak' ~/news | jq -r '[.who, .stance] | @tsv'
`

// indexCommand is what search, people, quotes and reactions share: flags for the
// index, opening and filling it, and JSON Lines or plain output.
type indexCommand struct {
	asJSON bool
	index  indexFlags
	// The command line (the command's name first) and output, for an
	// explorer open on the index to run it (see serve.go).
	argv   []string
	stdout io.Writer
}

// newIndexCommand is the shared part of the command name run with args,
// printing to stdout.
func newIndexCommand(name string, args []string, stdout io.Writer) *indexCommand {
	return &indexCommand{argv: append([]string{name}, args...), stdout: stdout}
}

func (c *indexCommand) register(fs interface {
	BoolVar(*bool, string, bool, string)
	StringVar(*string, string, string, string)
}) {
	fs.BoolVar(&c.asJSON, "json", false, "print JSON Lines")
	fs.StringVar(&c.index.dir, "index", "", "keep the index in `DIR`")
	fs.BoolVar(&c.index.reindex, "reindex", false, "rebuild the index from scratch")
}

// run opens and fills the index for paths (progress on stderr), hands it
// to body, and closes it; ctrl+c cancels the context body gets. An index
// that turns out to be damaged while in use (bleve panics on a corrupt
// segment; the index turns that into index.ErrDamaged) is reported,
// rebuilt from the files and the command run again.
func (c *indexCommand) run(paths []string, stderr io.Writer, body func(context.Context, *index.Index) int) int {
	if dir := servedDir(c.stdout); dir != "" {
		// Run for another storytui on the index this explorer has open.
		if c.index.reindex {
			fmt.Fprintf(stderr, "storytui: --reindex: the index %s is open in an explorer; quit it first\n", dir)
			return 1
		}
		return body(context.Background(), servedIndex(dir))
	}
	if noPathExists(paths, stderr) {
		return 1
	}
	if code, ok := c.forward(paths, stderr); ok {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	code, dir, damage := c.attempt(ctx, paths, c.index, stderr, body)
	if damage == nil {
		return code
	}
	if dir == "" {
		fmt.Fprintln(stderr, "storytui: internal error:", damage)
		return 1
	}
	fmt.Fprintf(stderr, "storytui: %s; rebuilding it\n", damageText(dir, damage))
	again := c.index
	again.dir, again.reindex = dir, true // thrown away under its lock
	code, _, damage = c.attempt(ctx, paths, again, stderr, body)
	if damage != nil {
		fmt.Fprintln(stderr, "storytui: internal error:", damage)
		return 1
	}
	return code
}

// forward hands the command to an explorer open on its index, if one
// is, and reports whether it did; an explorer holds the index's lock, so
// the command could not open the index itself. --reindex is not
// forwarded: it needs the index closed, and says so.
func (c *indexCommand) forward(paths []string, stderr io.Writer) (int, bool) {
	dir := c.index.dir
	if dir == "" && len(paths) > 0 {
		d, err := index.DefaultDir(paths)
		if err != nil {
			return 0, false
		}
		dir = d
	}
	if dir == "" || c.index.reindex || len(c.argv) == 0 {
		return 0, false
	}
	code, err := forward(dir, c.argv, c.stdout, stderr)
	switch {
	case errors.Is(err, errNoExplorer):
		return 0, false
	case err != nil:
		fmt.Fprintln(stderr, "storytui:", err)
		return 1, true
	}
	if isTerminal(stderr) {
		// The files were not read again: say whose index answered.
		fmt.Fprintln(stderr, "storytui: answered by the explorer open on this index (its files as it last read them)")
	}
	return code, true
}

// damageText says what is wrong with the index in dir.
func damageText(dir string, damage error) string {
	if errors.Is(damage, index.ErrDamaged) {
		return damage.Error() // names dir already
	}
	return fmt.Sprintf("the index at %s is damaged (%v)", dir, damage)
}

// attempt is one open-fill-body-close round. Damage found in the index
// on the way, as an error or a panic, is returned, with the index
// closed so that it can be rebuilt.
func (c *indexCommand) attempt(ctx context.Context, paths []string, f indexFlags, stderr io.Writer, body func(context.Context, *index.Index) int) (code int, dir string, damage error) {
	if len(paths) > 0 && f.dir == "" {
		// Known before opening, so that damage found by the open itself
		// can be repaired.
		d, err := index.DefaultDir(paths)
		if err != nil {
			fmt.Fprintln(stderr, "storytui:", err)
			return 1, "", nil
		}
		f.dir = d
	}
	var ix *index.Index
	defer func() {
		v := recover()
		if v != nil {
			damage = fmt.Errorf("%v", v)
		} else if ix != nil && damage == nil {
			damage = ix.Damaged()
		}
		if damage != nil {
			dir = f.dir
			if len(paths) == 0 {
				dir = "" // the in-memory index of the built-in corpus
			}
		}
		if ix != nil {
			func() {
				defer func() { recover() }() // closing a broken index may panic too
				ix.Close()
			}()
		}
	}()
	ix, dir, err := openIndex(paths, f)
	if err != nil {
		printOpenError(stderr, dir, err)
		ix = nil
		return 1, dir, nil
	}
	if r := ix.Rebuilt(); r != nil {
		fmt.Fprintln(stderr, "storytui:", r)
	} else if o := ix.OlderRules(); o != nil {
		fmt.Fprintf(stderr, "storytui: in the index at %s, %s\n", dir, o)
	}
	pp := newProgressPrinter(stderr, isTerminal(stderr))
	if err := fill(ctx, ix, paths, pp.update); err != nil {
		if errors.Is(err, index.ErrDamaged) {
			return 1, dir, nil // reported by the deferred call
		}
		fmt.Fprintln(stderr, "storytui:", err)
		return 1, dir, nil
	}
	return body(ctx, ix), dir, nil
}

// printOpenError explains a failure to open the index; one held by
// another storytui gets what to do about it.
func printOpenError(stderr io.Writer, dir string, err error) {
	if errors.Is(err, index.ErrInUse) {
		fmt.Fprintf(stderr, "storytui: the index %s is in use by another storytui (building it, or an explorer open on it); try again when that one is done, or give this run its own --index DIR\n", dir)
		return
	}
	fmt.Fprintln(stderr, "storytui:", err)
}

func runPeople(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("people", peopleHelp, stderr)
	c := newIndexCommand(fs.Name(), args, stdout)
	c.register(fs)
	query := fs.String("query", "", "only the people of the articles `QUERY` finds")
	limit := fs.Int("limit", 0, "print at most `N` people (0: all)")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	return c.run(paths, stderr, func(ctx context.Context, ix *index.Index) int {
		people, sample, err := ix.People(ctx, index.Scope{Query: *query})
		if err != nil {
			fmt.Fprintln(stderr, "storytui people:", err)
			return 1
		}
		noteSample(stderr, "people", sample)
		if *limit > 0 && len(people) > *limit {
			people = people[:*limit]
		}
		return printRows(stdout, c.asJSON, people, func(p aggregate.Person) string {
			role := strings.TrimSpace(strings.Join(nonEmpty(p.Role, p.Affiliation, p.Party), ", "))
			return fmt.Sprintf("%s\t%s\t%s\t%s\t%s", p.Name, role, counted(p.Articles, "article"), counted(p.Mentions, "mention"), counted(p.Quotes, "quote"))
		})
	})
}

func runQuotes(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("quotes", quotesHelp, stderr)
	c := newIndexCommand(fs.Name(), args, stdout)
	c.register(fs)
	by := fs.String("by", "", "the speaker: a full name, an alias or a surname (required)")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	if strings.TrimSpace(*by) == "" {
		fmt.Fprintln(stderr, `storytui quotes: say whose quotes with --by NAME (try: storytui quotes --by "Jeff Sessions")`)
		return 2
	}
	return c.run(paths, stderr, func(ctx context.Context, ix *index.Index) int {
		person, ok, err := ix.Person(ctx, *by)
		if err != nil {
			fmt.Fprintln(stderr, "storytui quotes:", err)
			return 1
		}
		if !ok {
			fmt.Fprintf(stderr, "storytui quotes: nobody called %q is named in these articles (see: storytui people)\n", *by)
			return 1
		}
		quotes, sample, err := ix.Quotes(ctx, person.Key, index.Scope{})
		if err != nil {
			fmt.Fprintln(stderr, "storytui quotes:", err)
			return 1
		}
		noteSample(stderr, "quotes", sample)
		if len(quotes) == 0 && !c.asJSON {
			fmt.Fprintf(stderr, "%s is named in %d articles but quoted in none\n", person.Name, person.Articles)
		}
		return printRows(stdout, c.asJSON, quotes, func(q aggregate.Quote) string {
			var where []string
			for _, s := range q.Sources {
				where = append(where, strings.TrimSpace(s.Outlet+" "+s.DateText)+" ("+s.ArticleID+")")
			}
			return fmt.Sprintf("%s\t%q\t%s", q.Speaker, q.Text, strings.Join(where, "; "))
		})
	})
}

func runReactions(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("reactions", reactionsHelp, stderr)
	c := newIndexCommand(fs.Name(), args, stdout)
	c.register(fs)
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	query, paths := "", rest
	if len(rest) > 0 {
		if _, err := os.Stat(rest[0]); err != nil {
			query, paths = rest[0], rest[1:]
		}
	}
	return c.run(paths, stderr, func(ctx context.Context, ix *index.Index) int {
		reactions, sample, err := ix.Reactions(ctx, index.Scope{Query: query})
		if err != nil {
			fmt.Fprintln(stderr, "storytui reactions:", err)
			return 1
		}
		noteSample(stderr, "reactions", sample)
		return printRows(stdout, c.asJSON, reactions, func(r aggregate.Reaction) string {
			stance := r.Stance
			if r.Action != "" {
				stance += " " + r.Action
			}
			role := strings.Join(nonEmpty(r.Role, r.Party), ", ")
			return fmt.Sprintf("%s\t%s\t%s\t%q\t%s %s (%s)", stance, r.Who, role, r.Quote, r.Source.Outlet, r.Source.DateText, r.Source.ArticleID)
		})
	})
}

// printRows writes rows as JSON Lines or as one tab-separated line each.
func printRows[T any](w io.Writer, asJSON bool, rows []T, line func(T) string) int {
	enc := json.NewEncoder(w)
	for _, r := range rows {
		var err error
		if asJSON {
			err = enc.Encode(r)
		} else {
			_, err = fmt.Fprintln(w, oneLineKeepTabs(line(r)))
		}
		if err != nil {
			return 1
		}
	}
	return 0
}

// oneLineKeepTabs folds newlines inside fields so each row stays one line.
func oneLineKeepTabs(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// counted writes n with its noun, singular for one: "1 quote", "3 quotes".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// noteSample says on stderr, where it stays out of the rows and the JSON
// Lines, that a list was made from part of its scope.
func noteSample(stderr io.Writer, what string, s index.Sample) {
	if !s.Cut() {
		return
	}
	which := "best-matching"
	if s.Newest {
		which = "newest"
	}
	fmt.Fprintf(stderr, "storytui %s: from the %d %s of %d matching articles\n", what, s.Read, which, s.Matched)
}
