import { useId } from 'react';
import { NONE, type AuditQuery, type FilterOptions } from '../../lib/audit/query';
import { STAGE_NAMES } from '../../lib/core/model/vocab';
import { Button } from '../common/Button';

export interface AuditFiltersProps {
  query: AuditQuery;
  options: FilterOptions;
  onChange(patch: Partial<AuditQuery>): void;
  onReset(): void;
}

function Choice({
  label,
  value,
  values,
  missing,
  onChange,
  name,
}: {
  label: string;
  value: string;
  values: Array<{ value: string; text: string }>;
  missing: boolean;
  onChange(value: string): void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="audit-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="page-select" value={value} onChange={(e) => onChange(e.target.value)} data-filter={name}>
        <option value="">All</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.text}
          </option>
        ))}
        {missing ? <option value={NONE}>Not known yet</option> : null}
      </select>
    </div>
  );
}

/** Filters above the table; every control has a visible label. */
export function AuditFilters({ query, options, onChange, onReset }: AuditFiltersProps) {
  const searchId = useId();
  const hintId = useId();
  const filtered = query.csm || query.stage || query.segment || query.overdueOnly || query.search;
  return (
    <div className="audit-filters" role="search" aria-label="Filter accounts">
      <div className="audit-filter audit-filter--search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          className="page-input"
          type="search"
          value={query.search}
          onChange={(e) => onChange({ search: e.target.value })}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          data-filter="search"
        />
        <span id={hintId} className="page-hint">
          Account name or Salesforce ID
        </span>
      </div>
      <Choice
        label="CSM"
        name="csm"
        value={query.csm}
        values={options.csms.map((csm) => ({ value: csm, text: csm }))}
        missing={options.missing.csm}
        onChange={(csm) => onChange({ csm })}
      />
      <Choice
        label="Stage"
        name="stage"
        value={query.stage}
        values={options.stages.map((stage) => ({ value: stage, text: STAGE_NAMES[stage] }))}
        missing={options.missing.stage}
        onChange={(stage) => onChange({ stage })}
      />
      <Choice
        label="Segment"
        name="segment"
        value={query.segment}
        values={options.segments.map((segment) => ({ value: segment, text: segment }))}
        missing={options.missing.segment}
        onChange={(segment) => onChange({ segment })}
      />
      <div className="audit-filter audit-filter--check">
        <input
          id={`${searchId}-overdue`}
          type="checkbox"
          className="page-check"
          checked={query.overdueOnly}
          onChange={(e) => onChange({ overdueOnly: e.target.checked })}
          data-filter="overdue-only"
        />
        <label htmlFor={`${searchId}-overdue`}>Overdue only</label>
      </div>
      {filtered ? (
        <Button variant="link" onClick={onReset} className="audit-reset">
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
