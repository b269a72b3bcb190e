// Command storytui is a terminal explorer for news stories: point it at a
// pile of articles and search them, read them, and see who is quoted
// saying what. With no arguments it opens on a small built-in corpus.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `storytui: explore news stories in the terminal.

Usage:
  storytui [flags] [PATH...]                 open the explorer (no PATH: the built-in corpus)
  storytui search [flags] QUERY [PATH...]    search from a script
  storytui extract [--json] [PATH...]        people, quotes, speakers, reactions per article
  storytui people [--json] [PATH...]         everyone named, one entry per person
  storytui quotes --by NAME [--json] [PATH...]   what NAME said, each statement once
  storytui reactions [--json] [QUERY] [PATH...]  who reacted to the story, and how
  storytui add [--dir DIR] URL...            download web pages and RSS/Atom feeds to explore
  storytui stories [--json] [PATH...]        articles grouped into stories across outlets

PATH is a file or a directory (read recursively, hidden entries skipped) of
.txt/.md (one article per file), .jsonl/.ndjson/.json, .csv/.tsv, saved web
pages (.html/.htm), RSS/Atom feeds (.xml/.rss/.atom), each optionally
.gz-compressed. The index for your paths is kept under the user cache
directory and reused: only new or changed files are read again. While
an explorer is open on the same paths, the commands above are answered
by it, on the index as it has it open.

Flags of the explorer (each command lists its own with --help):
  --query QUERY  open on the articles QUERY finds
  --index DIR    keep the index in DIR instead of the cache directory
  --reindex      throw the existing index away and build it again
  --watch        index new and changed files under PATH while open

Examples:
  storytui                                   the built-in corpus (two articles)
  storytui ~/news                            your own articles
  storytui add https://example.com/feed.xml && storytui --watch ~/.local/share/storytui/articles
  storytui search --json 'Kislyak source:cnn' ~/news | jq .title
  storytui extract --json data/*.txt
  storytui quotes --by "Jeff Sessions"

Run 'storytui COMMAND --help' for a command's flags and query syntax.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the process exit status:
// 0 success, 1 failure, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "search":
			return runSearch(args[1:], stdout, stderr)
		case "extract":
			return runExtract(args[1:], stdout, stderr)
		case "people":
			return runPeople(args[1:], stdout, stderr)
		case "quotes":
			return runQuotes(args[1:], stdout, stderr)
		case "reactions":
			return runReactions(args[1:], stdout, stderr)
		case "add":
			return runAdd(args[1:], stdout, stderr)
		case "stories":
			return runStories(args[1:], stdout, stderr)
		case "help":
			fmt.Fprint(stdout, usage)
			return 0
		}
	}
	return runExplorer(args, stdout, stderr)
}
