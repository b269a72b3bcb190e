package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// maxFeedBytes bounds a feed file, as maxHTMLBytes bounds a page.
const maxFeedBytes = 64 << 20

// SummaryNote ends the text of an article whose feed gave only a summary,
// so a reader knows the story goes on at its url.
const SummaryNote = "(Summary only: the feed did not include the full article.)"

// readFeed reads an RSS or Atom feed (.xml, .rss, .atom): one article per
// item. An item without full content is loaded from its summary and marked
// Summary. Items count as lines 1, 2, ... of the file in Problems.
func (rd *reader) readFeed(br *bufio.Reader) {
	data, err := io.ReadAll(io.LimitReader(br, maxFeedBytes+1))
	if err != nil {
		rd.problem(0, "read error: "+readErr(err)+"; skipped")
		return
	}
	if len(data) > maxFeedBytes {
		rd.problem(0, "feed larger than 64 MiB; skipped")
		return
	}
	feed, err := gofeed.NewParser().Parse(strings.NewReader(string(rd.utf8Line(data, 1))))
	if err != nil {
		rd.problem(0, "not an RSS or Atom feed: "+feedErr(err))
		return
	}
	if len(feed.Items) == 0 {
		rd.problem(0, "feed has no items")
		return
	}
	outlet := cleanLine(feed.Title)
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		a, why := itemArticle(it, outlet)
		if why != "" {
			rd.problem(i+1, fmt.Sprintf("item %q: %s", cleanLine(it.Title), why))
			continue
		}
		a.File = rd.name
		a.Line = i + 1
		rd.emit(a)
	}
}

// itemArticle turns one feed item into an article, or says why it has no
// text.
func itemArticle(it *gofeed.Item, outlet string) (Article, string) {
	full := Clean(dropFeedFooter(itemText(it.Content)))
	summary := Clean(dropFeedFooter(HTMLToText(it.Description)))
	a := Article{
		Title:    cleanLine(HTMLToText(it.Title)),
		Source:   outlet,
		Author:   itemAuthors(it),
		DateText: cleanLine(first(it.Published, it.Updated)),
		URL:      strings.TrimSpace(it.Link),
		Text:     full,
	}
	// Some feeds put the whole story in the description and leave the
	// content out: the longer of the two is the text. An item with no
	// content at all has only its summary.
	if len(summary) > len(full) {
		a.Text = summary
	}
	a.Summary = full == ""

	if a.Text == "" {
		return Article{}, "no text; skipped"
	}
	if a.Summary {
		a.Text += "\n\n" + SummaryNote
	}
	a.ID = itemID(it, a.Title, a.Text)
	finishArticle(&a)
	if a.Date.IsZero() {
		if t := first2(it.PublishedParsed, it.UpdatedParsed); t != nil {
			a.Date = published(t.UTC())
		}
	}
	return a, ""
}

// itemText renders an item's HTML content as text. Readability takes out
// the share buttons and link lists feeds carry along; when it finds no
// article in a short item, or drops most of it, the plain rendering of
// the whole content is used instead.
func itemText(content string) string {
	if strings.TrimSpace(content) == "" {
		return ""
	}
	plain := HTMLToText(content)
	doc, err := html.Parse(strings.NewReader("<html><body><article>" + content + "</article></body></html>"))
	if err != nil {
		return plain
	}
	res, ok := readable(doc, "")
	if !ok {
		return plain
	}
	if text := htmlText(res.Node); 2*len(text) >= len(plain) {
		return text
	}
	return plain
}

// feedFooter is the line WordPress and its SEO plugins append to every
// item: "The post <title> appeared first on <site>."
var feedFooter = regexp.MustCompile(`(?s)\n*The post .{1,400} appeared first on [^\n]{1,200}$`)

// dropFeedFooter removes that line from the end of an item's text.
func dropFeedFooter(text string) string {
	return feedFooter.ReplaceAllString(strings.TrimSpace(text), "")
}

// itemAuthors joins an item's author names, as the other formats do.
func itemAuthors(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, p.Name)
		}
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = it.DublinCoreExt.Creator
	}
	return cleanLine(strings.Join(names, ", "))
}

// itemID is a stable id for a feed item: from its guid or link when it
// has one, so the same story fetched again in a later copy of the feed
// keeps its id; from its title and text otherwise.
func itemID(it *gofeed.Item, title, text string) string {
	key := first(it.GUID, it.Link)
	if strings.TrimSpace(key) == "" {
		return contentID(title, text)
	}
	h := sha256.Sum256([]byte(strings.TrimSpace(key)))
	return hex.EncodeToString(h[:8])
}

// first2 returns the first non-nil pointer.
func first2[T any](ps ...*T) *T {
	for _, p := range ps {
		if p != nil {
			return p
		}
	}
	return nil
}

// feedErr shortens a parser error to its first line.
func feedErr(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
