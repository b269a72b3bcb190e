package corpus

import (
	"bufio"
	"bytes"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// maxHTMLBytes bounds a saved page: a larger file is not an article, and
// parsing it would cost a lot of memory for nothing.
const maxHTMLBytes = 32 << 20

// minPageWords is the fewest words a page's text needs to be an article.
const minPageWords = 12

// adSelector prunes advertising blocks before extraction. Readability
// drops most page furniture by itself but can keep an ad that sits inside
// the story body, so ad containers are removed by their usual names.
const adSelector = `[class~="ad"], [class~="ads"], [class^="ad-"], [class*=" ad-"], ` +
	`[class~="advert"], [class~="advertisement"], [class~="sponsored"], ` +
	`[id^="ad-"], [id^="google_ads"], [data-ad-slot], [aria-label="Advertisement"]`

// readHTML reads a saved web page (.html, .htm) holding one article: its
// main text without navigation, ads, comments and link lists, and its
// title, author, date, outlet and url from the page's metadata.
func (rd *reader) readHTML(br *bufio.Reader) {
	data, err := io.ReadAll(io.LimitReader(br, maxHTMLBytes+1))
	if err != nil {
		rd.problem(0, "read error: "+readErr(err)+"; skipped")
		return
	}
	if len(data) > maxHTMLBytes {
		rd.problem(0, "page larger than 32 MiB; skipped")
		return
	}
	a, why := pageArticle(data)
	if why != "" {
		rd.problem(0, why)
		return
	}
	a.ID = baseID(rd.name)
	a.File = rd.name
	rd.emit(a)
}

// pageArticle extracts the article of one HTML page, or says why there is
// none.
func pageArticle(data []byte) (Article, string) {
	data = decodeHTML(data)
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, "not readable as HTML: " + err.Error()
	}
	saved := savedFromURL(data)
	pageURL := first(metaURL(doc), saved)
	res, ok := readable(doc, pageURL)
	if !ok {
		return Article{}, "no article text found in the page; skipped"
	}
	a := Article{
		Title:  trimSiteSuffix(cleanLine(res.Title)),
		Author: cleanLine(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(res.Byline), "By "), "by ")),
		Source: cleanLine(res.SiteName),
		URL:    normURL(pageURL),
	}
	a.Text = Clean(dropTitle(htmlText(res.Node), a.Title))
	if len(strings.Fields(a.Text)) < minPageWords {
		// What is left of a page with no story is a menu or a caption.
		return Article{}, "no article text found in the page; skipped"
	}
	if res.PublishedTime != nil && !res.PublishedTime.IsZero() {
		a.DateText = res.PublishedTime.UTC().Format("2006-01-02")
		a.Date = published(res.PublishedTime.UTC())
	}
	if a.Source == "" {
		a.Source = DetectSource(a.Text)
	}
	if a.Source == "" {
		if u, err := url.Parse(a.URL); err == nil {
			a.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	finishArticle(&a)
	return a, ""
}

// readable runs Readability (the algorithm of Firefox's reader view) on a
// parsed page after pruning ad containers, and reports whether it found
// an article body.
func readable(doc *html.Node, pageURL string) (readability.Article, bool) {
	for _, n := range dom.QuerySelectorAll(doc, adSelector) {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	var u *url.URL
	if p, err := url.Parse(pageURL); err == nil && p.Scheme != "" && p.Host != "" {
		u = p
	}
	res, err := readability.FromDocument(doc, u)
	if err != nil || res.Node == nil {
		return readability.Article{}, false
	}
	return res, true
}

// titleSeparators part a page title from the site name pages append to
// it ("Bridge repairs approved | Ledger", "... - The Harbor Ledger").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » "}

// trimSiteSuffix drops a short site name after the last separator of a
// title, keeping titles whose last part is long enough to be their own.
func trimSiteSuffix(title string) string {
	cut := -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > cut {
			cut = i
		}
	}
	if cut < 0 {
		return title
	}
	head, tail := title[:cut], title[cut:]
	if len(strings.Fields(tail)) > 5 || len(strings.Fields(head)) < 3 {
		return title
	}
	return strings.TrimSpace(head)
}

// normURL writes an address the way a browser sends it (non-ASCII
// escaped), so the same page saved twice gets the same url.
func normURL(s string) string {
	s = strings.TrimSpace(s)
	if u, err := url.Parse(s); err == nil && u.Scheme != "" && u.Host != "" {
		return u.String()
	}
	return s
}

// metaURL is the page's own address as its head declares it: the
// canonical link, else og:url.
func metaURL(doc *html.Node) string {
	for _, l := range dom.QuerySelectorAll(doc, `link[rel="canonical"]`) {
		if h := strings.TrimSpace(dom.GetAttribute(l, "href")); h != "" {
			return h
		}
	}
	for _, m := range dom.QuerySelectorAll(doc, `meta[property="og:url"]`) {
		if c := strings.TrimSpace(dom.GetAttribute(m, "content")); c != "" {
			return c
		}
	}
	return ""
}

// decodeHTML returns the page as UTF-8: as it is when it already is, else
// decoded from the charset its <meta> declares (Windows-1252 when none).
func decodeHTML(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, _, _ := charset.DetermineEncoding(data, "")
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}

// dropTitle removes a first paragraph that only repeats the title: the
// extracted body often starts with the page's headline.
func dropTitle(text, title string) string {
	head, rest, _ := strings.Cut(text, "\n\n")
	if title != "" && strings.EqualFold(cleanLine(head), title) {
		return rest
	}
	return text
}

// savedFrom matches the marks browsers and archivers leave at the top of a
// saved page: "<!-- saved from url=(0042)https://... -->" (Chrome, Edge,
// Internet Explorer and storytui add) and SingleFile's " url: https://...".
var savedFrom = regexp.MustCompile(`<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(\S+?)\s*(?:-->|\n)`)

// savedFromURL returns the address a saved page was saved from, or "".
func savedFromURL(data []byte) string {
	head := data[:min(len(data), 4096)]
	m := savedFrom.FindSubmatch(head)
	if m == nil {
		return ""
	}
	return string(m[1])
}
