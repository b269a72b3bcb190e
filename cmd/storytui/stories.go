package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"storytui/internal/corpus"
	"storytui/internal/extract"
	"storytui/internal/stories"
)

const storiesHelp = `Usage: storytui stories [--json] [PATH...]

Groups the articles under PATH (the built-in corpus when none is given)
into stories: the reports of one event by different outlets, with their
follow-ups. Prints each story with its most central headline, its article
count, outlets and dates; with --json, one line per article:

  {"id": ..., "story": ..., "story_title": ...}

Examples:
  storytui stories ~/news
  storytui stories --json ../shared/corpus/stories-basil.jsonl | jq -r .story | sort | uniq -c
`

// storyLine is one line of 'storytui stories --json'.
type storyLine struct {
	ID         string `json:"id"`
	Story      string `json:"story"`
	StoryTitle string `json:"story_title"`
}

func runStories(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("stories", storiesHelp, stderr)
	asJSON := fs.Bool("json", false, "print JSON Lines, one per article")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	articles, problems := streamArticles(paths)
	var docs []stories.Doc
	meta := map[string]corpus.Article{}
	extractOrdered(articles, func(a corpus.Article, r extract.Result) {
		doc := stories.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Source: a.Source, Date: a.Date}
		for _, p := range r.People {
			doc.People = append(doc.People, p.Name)
		}
		docs = append(docs, doc)
		a.Text = "" // only the metadata is printed; keep memory flat
		meta[a.ID] = a
	})
	for _, p := range problems() {
		fmt.Fprintln(stderr, p.String())
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "storytui stories: no articles found")
		return 1
	}
	groups := stories.Group(docs)
	if *asJSON {
		return printStoryLines(stdout, docs, groups)
	}
	for _, s := range groups {
		if _, err := fmt.Fprintln(stdout, describeStory(s, meta)); err != nil {
			return 1
		}
	}
	return 0
}

// printStoryLines prints one line per article, in input order.
func printStoryLines(w io.Writer, docs []stories.Doc, groups []stories.Story) int {
	of := map[string]stories.Story{}
	for _, s := range groups {
		for _, id := range s.Members {
			of[id] = s
		}
	}
	enc := json.NewEncoder(w)
	for _, d := range docs {
		s := of[d.ID]
		if err := enc.Encode(storyLine{ID: d.ID, Story: s.ID, StoryTitle: s.Title}); err != nil {
			return 1
		}
	}
	return 0
}

// describeStory is one story for a person: title, size, outlets, dates.
func describeStory(s stories.Story, meta map[string]corpus.Article) string {
	outlets := map[string]bool{}
	var dates []string
	for _, id := range s.Members {
		a := meta[id]
		if a.Source != "" {
			outlets[a.Source] = true
		}
		if !a.Date.IsZero() {
			dates = append(dates, a.Date.Format("2006-01-02"))
		}
	}
	names := make([]string, 0, len(outlets))
	for o := range outlets {
		names = append(names, o)
	}
	sort.Strings(names)
	span := ""
	if len(dates) > 0 {
		sort.Strings(dates)
		span = dates[0]
		if last := dates[len(dates)-1]; last != span {
			span += " to " + last
		}
	}
	plural := "s"
	if len(s.Members) == 1 {
		plural = ""
	}
	return fmt.Sprintf("%s\t%s\t%d article%s\t%s\t%s", s.ID, oneLine(s.Title), len(s.Members), plural, strings.Join(names, ", "), span)
}
