// Package ui is the storytui terminal interface: a bubbletea program that
// searches and reads articles, and shows the people, quotes and reactions
// in them, through a Backend; it never touches the index or the disk
// itself, except to export a pane the user asked for.
package ui

import (
	"context"

	"storytui/internal/aggregate"
	"storytui/internal/index"
)

// Backend is everything the UI asks of the index. Every call is made from
// a tea.Cmd, never from Update, so a slow call never freezes the screen.
type Backend interface {
	// Search runs a query in the index query syntax; an empty query lists
	// every article, newest first.
	Search(ctx context.Context, query string, limit int) (index.Results, error)
	// Document fetches one article with the terms of query located in it.
	Document(ctx context.Context, id, query string) (index.Document, error)
	// People lists everyone named in the scope. Like Quotes and
	// Reactions it says which part of the scope it read when that was
	// not all of it (the newest or best articles), so the pane can say so.
	People(ctx context.Context, scope index.Scope) ([]aggregate.Person, index.Sample, error)
	// Quotes lists the quotes of one person (by Person.Key) in the scope.
	Quotes(ctx context.Context, personKey string, scope index.Scope) ([]aggregate.Quote, index.Sample, error)
	// Reactions lists who responded to the story of the scope, and how.
	Reactions(ctx context.Context, scope index.Scope) ([]aggregate.Reaction, index.Sample, error)
	// Person looks one person up by any name an article uses for them.
	Person(ctx context.Context, name string) (aggregate.Person, bool, error)
	// Stories lists the stories of the articles a query finds (all of
	// them when query is empty), largest first, single-article ones too.
	// Articles of one story are searched with the query "story:ID".
	Stories(ctx context.Context, query string, limit int) ([]aggregate.Story, error)
	// Coverage compares how each outlet covered one story.
	Coverage(ctx context.Context, storyID string) (aggregate.Coverage, error)
}
