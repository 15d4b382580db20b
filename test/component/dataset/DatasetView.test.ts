import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import DatasetView from '@/views/DatasetView.svelte';
import { renderView, testApp } from '../harness/app';
import { fixtureState } from './helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  location.hash = '#/dataset';
});

const summary = () => document.getElementById('results-summary');
const items = () =>
  [...document.querySelectorAll('ol[aria-label="Results"] > li')] as HTMLElement[];

describe('DatasetView', () => {
  it('imports, lists, searches with highlights, filters, and opens a dialogue', async () => {
    const { state } = await fixtureState();
    renderView(testApp({ dataset: state }), DatasetView);
    await waitFor(() => expect(summary()).toHaveTextContent('8 dialogues'));
    expect(screen.getByText(/Stored 8 dialogues/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search dialogues' }), 'pneumonia');
    await waitFor(() => expect(summary()).toHaveTextContent('2 dialogues match “pneumonia”'));
    expect(items()).toHaveLength(2);
    for (const item of items()) {
      expect(within(item).getAllByText(/pneumonia/i, { selector: 'mark' }).length).toBeGreaterThan(
        0,
      );
    }

    await user.selectOptions(screen.getByLabelText('Dataset', { exact: true }), 'v2');
    await waitFor(() => expect(summary()).toHaveTextContent('1 dialogue match'));
    expect(items()[0]).toHaveTextContent('Test set v2');

    await user.clear(screen.getByRole('searchbox', { name: 'Search dialogues' }));
    await waitFor(() => expect(summary()).toHaveTextContent('5 dialogues'));
    await user.click(screen.getByLabelText('Hide flagged rows'));
    await waitFor(() => expect(summary()).toHaveTextContent('3 dialogues'));
    expect(screen.queryByRole('list', { name: 'Quality flags' })).toBeNull();
    // Stats follow the filters.
    expect(screen.getByRole('heading', { name: 'In these 3 dialogues' })).toBeInTheDocument();

    location.hash = '#/dataset/v1-0';
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'suggest treatment for pneumonia',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Ask about this' })).toHaveAttribute(
      'href',
      '#/chat?ask=v1-0',
    );
    const turns = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole(
      'listitem',
    );
    expect(turns.map((t) => t.textContent?.trim().split(/\s+/)[0])).toEqual(['Patient', 'Doctor']);
    expect(screen.getByText('hand-written rows for v1')).toBeInTheDocument();
  });

  it('says when a dialogue id does not exist', async () => {
    const { state } = await fixtureState();
    location.hash = '#/dataset/v9-999';
    renderView(testApp({ dataset: state }), DatasetView);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no dialogue v9-999 in this dataset.',
    );
  });

  it('shows a clear error with Retry when the download fails, and recovers', async () => {
    let offline = true;
    const { state } = await fixtureState({ fault: () => (offline ? 'network' : undefined) });
    renderView(testApp({ dataset: state }), DatasetView);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset is not available.');
    expect(alert).toHaveTextContent('the network request failed. Check the connection and retry.');
    offline = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(summary()).toHaveTextContent('8 dialogues'));
  });
});
