package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"storytui/internal/aggregate"
	"storytui/internal/index"
)

const storiesHelp = `Usage: storytui stories [--json] [--stories] [--query QUERY] [--limit N] [PATH...]

Lists the stories of the articles under PATH (the built-in corpus when
none is given): the reports of one event by different outlets, with their
follow-ups, grouped when the articles are indexed. Each story is printed
with its id, its most central headline, its article count, outlets, dates
and key people, largest first. With --query, only the stories of the
articles that query finds. With --json, one line per article, sorted by
id:

  {"id": ..., "story": ..., "story_title": ...}

and with --json --stories one line per story instead:

  {"story": ..., "story_title": ..., "articles": N, "outlets": [...],
   "first": DATE, "last": DATE, "people": [...]}

(first and last are left out for undated stories). The articles of a
story are found with the query story:ID (storytui search, the search box).

Examples:
  storytui stories ~/news
  storytui stories --json ../shared/corpus/stories-basil.jsonl | jq -r .story | sort | uniq -c
  storytui stories --json --stories --query kislyak ~/news | jq -r .story_title
`

// storyLine is one line of 'storytui stories --json'.
type storyLine struct {
	ID         string `json:"id"`
	Story      string `json:"story"`
	StoryTitle string `json:"story_title"`
}

func runStories(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("stories", storiesHelp, stderr)
	c := newIndexCommand(fs.Name(), args, stdout)
	c.register(fs)
	perStory := fs.Bool("stories", false, "with --json, one line per story instead of one per article")
	query := fs.String("query", "", "only the stories of the articles `QUERY` finds")
	limit := fs.Int("limit", 0, "list at most `N` stories (0: all)")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return exitCode(err)
	}
	return c.run(paths, stderr, func(ctx context.Context, ix *index.Index) int {
		ss, err := ix.Stories(ctx, *query, *limit)
		if err != nil {
			fmt.Fprintln(stderr, "storytui stories:", err)
			return 1
		}
		if len(ss) == 0 && *query == "" {
			fmt.Fprintln(stderr, "storytui stories: no articles found")
			return 1
		}
		if c.asJSON && !*perStory {
			return printStoryLines(stdout, ix, ss)
		}
		return printRows(stdout, c.asJSON, ss, describeStory)
	})
}

// printStoryLines prints one line per article of the stories, sorted by
// article id.
func printStoryLines(w io.Writer, ix *index.Index, ss []aggregate.Story) int {
	var lines []storyLine
	for _, s := range ss {
		for _, id := range ix.StoryArticles(s.ID) {
			lines = append(lines, storyLine{ID: id, Story: s.ID, StoryTitle: s.Title})
		}
	}
	slices.SortFunc(lines, func(a, b storyLine) int { return strings.Compare(a.ID, b.ID) })
	enc := json.NewEncoder(w)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			return 1
		}
	}
	return 0
}

// describeStory is one story for a person: id, title, size, outlets,
// dates and key people.
func describeStory(s aggregate.Story) string {
	span := ""
	if !s.First.IsZero() {
		span = s.First.Format("2006-01-02")
		if last := s.Last.Format("2006-01-02"); last != span {
			span += " to " + last
		}
	}
	return fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%s", s.ID, oneLine(s.Title), counted(s.Articles, "article"),
		strings.Join(s.Outlets, ", "), span, strings.Join(s.People, ", "))
}
