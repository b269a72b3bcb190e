package extract

import (
	"fmt"
	"testing"
)

// TestReactDebug prints the statements and reactions of the article in
// REACT_DEBUG (file.txt or file.jsonl#id; a dev aid, skipped otherwise).
func TestReactDebug(t *testing.T) {
	text, title := debugArticle(t, "REACT_DEBUG")
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
