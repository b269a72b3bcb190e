package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"

	"storytui/data"
	"storytui/internal/corpus"
	"storytui/internal/extract"
)

const extractHelp = `Usage: storytui extract [--json] [PATH...]

Reads every article under PATH (the built-in corpus when none is given)
and prints what storytui finds in it: the people named, every quote with
who said it, and the reactions to the story. With --json, one JSON object
per article per line, in this shape:

  {"id": ..., "title": ..., "source": ..., "author": ..., "date": ..., "url": ...,
   "people": [{"name": ..., "aliases": [...], ...}],
   "quotes": [{"text": ..., "speaker": ... or null, ...}],
   "reactions": [{"who": ..., "stance": ..., "action": ...}]}

Examples:
  storytui extract data/000_1d55d7acc583357e.txt
  storytui extract --json ~/news | jq -c '.quotes[] | [.speaker, .text]'
`

// extracted is one line of 'storytui extract --json'.
type extracted struct {
	ID        string             `json:"id"`
	Title     string             `json:"title"`
	Source    string             `json:"source"`
	Author    string             `json:"author"`
	Date      string             `json:"date"`
	URL       string             `json:"url"`
	People    []extract.Person   `json:"people"`
	Quotes    []extract.Quote    `json:"quotes"`
	Reactions []extract.Reaction `json:"reactions"`
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", extractHelp, stderr)
	asJSON := fs.Bool("json", false, "print JSON Lines")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}

	articles, problems := streamArticles(paths)

	enc := json.NewEncoder(stdout)
	n := 0
	writeErr := error(nil)
	extractOrdered(articles, func(a corpus.Article, r extract.Result) {
		n++
		if writeErr != nil {
			return
		}
		if *asJSON {
			writeErr = enc.Encode(extracted{
				ID: a.ID, Title: a.Title, Source: a.Source, Author: a.Author, Date: a.DateText, URL: a.URL,
				People: r.People, Quotes: r.Quotes, Reactions: r.Reactions,
			})
			return
		}
		writeErr = printExtracted(stdout, a, r)
	})
	for _, p := range problems() {
		fmt.Fprintln(stderr, p.String())
	}
	if writeErr != nil {
		return 1
	}
	if n == 0 {
		fmt.Fprintln(stderr, "storytui extract: no articles found")
		return 1
	}
	return 0
}

// streamArticles reads every article under paths (the built-in corpus
// when there are none) into a channel, without an index; problems may be
// called once the channel is closed.
func streamArticles(paths []string) (<-chan corpus.Article, func() []corpus.Problem) {
	articles := make(chan corpus.Article, 64)
	var problems []corpus.Problem
	go func() {
		defer close(articles)
		emit := func(a corpus.Article) { articles <- a }
		if len(paths) == 0 {
			problems = corpus.ReadFS(data.FS, emit)
			return
		}
		files, probs := corpus.Discover(paths)
		problems = probs
		for _, f := range files {
			problems = append(problems, corpus.ReadFile(f.Path, emit)...)
		}
	}()
	return articles, func() []corpus.Problem { return problems }
}

// extractOrdered runs the extractor on all cores and hands the results to
// emit in input order, so output is stable from run to run.
func extractOrdered(in <-chan corpus.Article, emit func(corpus.Article, extract.Result)) {
	type job struct {
		a    corpus.Article
		done chan extract.Result
	}
	jobs := make(chan job)
	queue := make(chan job, 4*runtime.NumCPU())
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- extract.Extract(extract.Doc{Title: j.a.Title, Text: j.a.Text, Source: j.a.Source})
			}
		}()
	}
	go func() {
		for a := range in {
			j := job{a: a, done: make(chan extract.Result, 1)}
			queue <- j // bounded: keeps memory flat on huge inputs
			jobs <- j
		}
		close(jobs)
		close(queue)
	}()
	for j := range queue {
		emit(j.a, <-j.done)
	}
	wg.Wait()
}

// printExtracted writes one article's extraction for a person to read.
func printExtracted(w io.Writer, a corpus.Article, r extract.Result) error {
	fmt.Fprintf(w, "%s  %s (%s)\n", a.ID, a.Title, a.Source)
	for _, p := range r.People {
		fmt.Fprintf(w, "  person  %s", p.Name)
		if p.Role != "" {
			fmt.Fprintf(w, ", %s", p.Role)
		}
		fmt.Fprintf(w, " (%d mentions)\n", p.Mentions)
	}
	for _, q := range r.Quotes {
		who := q.Speaker
		if who == "" {
			who = "?"
		}
		fmt.Fprintf(w, "  quote   %s: %q\n", who, q.Text)
	}
	for _, x := range r.Reactions {
		fmt.Fprintf(w, "  react   %s %s %s\n", x.Who, x.Stance, x.Action)
	}
	_, err := fmt.Fprintln(w)
	return err
}
