package ui

import (
	"context"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
	"storytui/internal/index"
)

// Odd terminals: tiny and huge sizes, a storm of resizes, NO_COLOR, and
// titles and names in wide (CJK, emoji) and right-to-left scripts, which
// must keep every row exactly as wide as the screen.

// wideBackend is the fake with articles, people, quotes and reactions
// written in wide and right-to-left scripts.
type wideBackend struct{ *fakeBackend }

func newWideBackend() wideBackend {
	f := &fakeBackend{articles: []corpus.Article{
		{ID: "w1", Title: "東京都議会、新しい予算案を可決 予算は過去最大に", Source: "朝日新聞", Author: "山田太郎", Date: day(5),
			Text: "東京都議会は金曜日、過去最大となる新年度予算案を賛成多数で可決した。\n\n「都民の生活を守るための予算だ」と知事は述べた。"},
		{ID: "w2", Title: "🎉🚢 Harbour festival draws record crowds 🎆👨‍👩‍👧‍👦", Source: "Harbour 📰 Daily", Author: "Zoë 🌊 Smith", Date: day(4),
			Text: "The festival 🎉 drew a record crowd of 80,000 people 👨‍👩‍👧‍👦 on Saturday, organisers said."},
		{ID: "w3", Title: "المجلس البلدي يقر الميزانية الجديدة للمدينة", Source: "الجزيرة", Author: "أحمد خالد", Date: day(3),
			Text: "أقر المجلس البلدي يوم الاثنين الميزانية الجديدة بأغلبية سبعة أصوات مقابل صوتين."},
		{ID: "w4", Title: "מועצת העיר אישרה את התקציב mixed with English words", Source: "הארץ", Date: day(2),
			Text: "מועצת העיר אישרה ביום שני את התקציב השנתי החדש, כך מסרה הדוברת."},
		{ID: "w5", Title: "서울시, 대중교통 요금 인상 발표 🚇", Source: "연합뉴스", Date: day(1),
			Text: "서울시는 월요일 대중교통 요금을 인상한다고 발표했다."},
		{ID: "w6", Title: "Combining marks: e\u0301te\u0301 cafe\u0301 and ZWJ 👩🏽‍💻 tabs\there", Source: "Zero\u200bWidth", Date: day(6),
			Text: "A line with e\u0301 combining accents, a zero\u200bwidth space, and a tab\tinside."},
	}}
	return wideBackend{f}
}

var widePeople = []aggregate.Person{
	{Key: "小池百合子", Name: "小池百合子", Role: "東京都知事", Party: "都民ファースト", Articles: 3, Mentions: 12, Quotes: 2},
	{Key: "أحمد خالد", Name: "أحمد خالد", Role: "رئيس البلدية", Articles: 2, Mentions: 5, Quotes: 1},
	{Key: "zoë 🌊 smith", Name: "Zoë 🌊 Smith", Role: "organiser 🎪", Articles: 1, Mentions: 2, Quotes: 1},
	{Key: "דוד כהן", Name: "דוד כהן", Role: "דובר", Party: "העבודה", Articles: 1, Mentions: 1},
}

func (w wideBackend) source(id string) aggregate.Source {
	for _, a := range w.articles {
		if a.ID == id {
			return aggregate.Source{ArticleID: a.ID, Title: a.Title, Outlet: a.Source, Date: a.Date, Context: a.Text, Text: a.Text}
		}
	}
	return aggregate.Source{}
}

func (w wideBackend) People(ctx context.Context, scope index.Scope) ([]aggregate.Person, index.Sample, error) {
	return widePeople, index.Sample{}, ctx.Err()
}

func (w wideBackend) Quotes(ctx context.Context, key string, scope index.Scope) ([]aggregate.Quote, index.Sample, error) {
	return []aggregate.Quote{
		{Text: "都民の生活を守るための予算だ", Speaker: "小池百合子", Kind: "direct", Sources: []aggregate.Source{w.source("w1"), w.source("w5")}},
		{Text: "🎉 Best festival ever 🎆👨‍👩‍👧‍👦", Speaker: key, Kind: "direct", Sources: []aggregate.Source{w.source("w2")}},
		{Text: "هذه ميزانية تاريخية للمدينة", Speaker: key, Kind: "direct", Sources: []aggregate.Source{w.source("w3")}},
	}, index.Sample{}, ctx.Err()
}

func (w wideBackend) Reactions(ctx context.Context, scope index.Scope) ([]aggregate.Reaction, index.Sample, error) {
	return []aggregate.Reaction{
		{Who: "小池百合子", Role: "東京都知事", Stance: "supports", Quote: "都民の生活を守るための予算だ", Source: w.source("w1")},
		{Who: "أحمد خالد", Role: "رئيس البلدية", Stance: "demands", Action: "resign", Quote: "يجب أن يستقيل", Source: w.source("w3")},
		{Who: "Zoë 🌊 Smith", Stance: "criticizes", Quote: "🎆 too loud 🔊", Source: w.source("w2")},
	}, index.Sample{}, ctx.Err()
}

func (w wideBackend) Person(ctx context.Context, name string) (aggregate.Person, bool, error) {
	for _, p := range widePeople {
		if p.Name == name || p.Key == name {
			return p, true, nil
		}
	}
	return aggregate.Person{}, false, ctx.Err()
}

// wideStates are the screens the wide-text checks look at.
var wideStates = []struct {
	name string
	do   func(hs *harness)
}{
	{"start", func(hs *harness) {}},
	{"hits", func(hs *harness) { hs.typeText("予算"); hs.key("enter") }},
	{"reader", func(hs *harness) { hs.keys("esc", "enter", "G") }},
	{"reader of emoji", func(hs *harness) { hs.keys("esc", "down", "enter") }},
	{"people", func(hs *harness) { hs.keys("esc", "3") }},
	{"quotes", func(hs *harness) { hs.keys("esc", "3", "enter", "G") }},
	{"reactions", func(hs *harness) { hs.keys("esc", "5") }},
	{"help", func(hs *harness) { hs.keys("esc", "?") }},
}

// checkExact fails unless the view is height lines of exactly width cells
// each: a row one cell short leaves stale text on a real terminal, one
// cell long wraps and shifts every row below.
func checkExact(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Errorf("%dx%d: line %d is %d cells wide: %q", w, h, i, got, ansi.Strip(l))
		}
	}
}

func TestWideTextKeepsColumnsAligned(t *testing.T) {
	sizes := [][2]int{{40, 10}, {300, 100}, {80, 24}, {120, 40}, {41, 11}, {151, 30}}
	for _, st := range wideStates {
		for _, sz := range sizes {
			hs := newHarness(t, newWideBackend(), Options{Title: "新闻 📰 الأخبار"}, sz[0], sz[1])
			st.do(hs)
			checkExact(t, hs.m.View().Content, sz[0], sz[1])
			if t.Failed() {
				t.Fatalf("state %s at %dx%d:\n%s", st.name, sz[0], sz[1], hs.screen())
			}
		}
	}
}

func TestWideTextIsShown(t *testing.T) {
	hs := newHarness(t, newWideBackend(), Options{}, 300, 100)
	hs.key("esc")
	scr := hs.screen()
	for _, want := range []string{"東京都議会", "🎉🚢 Harbour festival", "المجلس البلدي", "서울시"} {
		if !strings.Contains(scr, want) {
			t.Errorf("%q not on screen:\n%s", want, scr)
		}
	}
	hs.key("3")
	if scr := hs.screen(); !strings.Contains(scr, "小池百合子") || !strings.Contains(scr, "أحمد خالد") {
		t.Errorf("wide names not in the people pane:\n%s", scr)
	}
}

func TestResizeStorm(t *testing.T) {
	for _, st := range wideStates {
		hs := newHarness(t, newWideBackend(), Options{}, 80, 24)
		st.do(hs)
		r := rand.New(rand.NewPCG(7, 11))
		for range 300 {
			// Tiny, zero and huge sizes included, as a window being dragged
			// through nothing and a tmux pane being zoomed give.
			hs.send(tea.WindowSizeMsg{Width: r.IntN(320), Height: r.IntN(110)})
			_ = hs.m.View()
		}
		for _, last := range [][2]int{{1, 1}, {2, 3}, {40, 10}} {
			hs.send(tea.WindowSizeMsg{Width: last[0], Height: last[1]})
			checkFits(t, hs.m.View().Content, last[0], last[1])
		}
		hs.send(tea.WindowSizeMsg{Width: 133, Height: 37})
		checkExact(t, hs.m.View().Content, 133, 37)
		if t.Failed() {
			t.Fatalf("state %s after the storm:\n%s", st.name, hs.screen())
		}
	}
}

func TestNoColorOnEveryScreen(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	colour := regexp.MustCompile(`\x1b\[[0-9;:]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;:m]`)
	for _, st := range wideStates {
		hs := newHarness(t, newWideBackend(), Options{}, 120, 40)
		st.do(hs)
		hs.send(tea.BackgroundColorMsg{}) // must not bring colours back
		view := hs.m.View().Content
		if loc := colour.FindStringIndex(view); loc != nil {
			t.Errorf("%s: colour code under NO_COLOR: %q", st.name, view[max(loc[0]-20, 0):loc[1]])
		}
	}
}
