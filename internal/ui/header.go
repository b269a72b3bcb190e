package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// shortURL fits an article's url on one line of w cells for the
// reader's header. A url has no spaces, so wrapping broke it anywhere,
// and tracking queries ("?utm_source=...&module=...") filled two or
// three lines with nothing a reader wants. A url that fits is left as
// it is; else, in this order of sacrifice: the scheme, "www." and a trailing slash go first, then
// the query and fragment, then the middle of the path (the section
// folders, "/…/"), and last the end of the slug, which is what says
// what the page is. `o` and `y` still use the full url.
func shortURL(raw string, w int) string {
	raw = strings.TrimSpace(raw)
	if w <= 0 || raw == "" {
		return ""
	}
	if ansi.StringWidth(raw) <= w {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return truncate(raw, w)
	}
	host := strings.TrimPrefix(u.Host, "www.")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	full := host + path
	if u.RawQuery != "" {
		full += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		full += "#" + u.EscapedFragment()
	}
	if ansi.StringWidth(full) <= w {
		return full
	}
	cut := "?…" // says there was more
	if u.RawQuery == "" {
		cut = "#…"
	}
	if full != host+path && ansi.StringWidth(host+path+cut) <= w {
		return host + path + cut
	}
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	if len(segs) > 1 {
		// host/…/slug: the folders between say the least.
		path = "/…/" + segs[len(segs)-1]
	}
	if ansi.StringWidth(host+path) <= w {
		return host + path
	}
	return truncate(host+path, w)
}

// maxAuthors is how many names of a byline the reader's header shows.
const maxAuthors = 3

// fewAuthors shortens a long byline to its first names and how many
// more: "A, B, C +5". Some sources' author field lists every writer of
// the site (eight names and more on one article in ten of a large news
// corpus), which filled three rows of the header above the story.
func fewAuthors(author string) string {
	names := strings.Split(author, ",")
	if len(names) <= maxAuthors+1 {
		return author
	}
	kept := make([]string, 0, maxAuthors)
	for _, n := range names[:maxAuthors] {
		kept = append(kept, strings.TrimSpace(n))
	}
	return strings.Join(kept, ", ") + " +" + strconv.Itoa(len(names)-maxAuthors)
}
