package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestReactDebug prints the statements and reactions of the article in
// REACT_DEBUG (file.txt or file.jsonl#id; a dev aid, skipped otherwise).
func TestReactDebug(t *testing.T) {
	path := os.Getenv("REACT_DEBUG")
	if path == "" {
		t.Skip("set REACT_DEBUG=file.txt or file.jsonl#id")
	}
	file, id, _ := strings.Cut(path, "#")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text, title := string(data), ""
	if id != "" {
		for line := range strings.SplitSeq(text, "\n") {
			var r struct{ ID, Text, Title string }
			if json.Unmarshal([]byte(line), &r) == nil && r.ID == id {
				text, title = r.Text, r.Title
			}
		}
	}
	an := analyse(text)
	maxYear := an.latestYear()
	topic := an.topicTerms(title)
	for _, s := range an.statements() {
		key, who := an.reactorKey(s, nil)
		sc := an.scoreStatement(s)
		fmt.Printf("ST %-28q key=%s ask=%v bg=%v topic=%v words=%d verb=%v sc=%+v\n   %q\n", who, key, s.ask,
			an.background(s, maxYear), an.onTopic(s, topic), s.words, s.verb, sc, an.evidenceText(s))
	}
	for w := range topic {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for _, r := range an.reactions(title, "") {
		fmt.Printf("REACTION %+v\n", r)
	}
}
