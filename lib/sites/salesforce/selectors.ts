/**
 * Every Lightning selector the adapter uses, in one place, with where it comes from.
 * Sources: Salesforce's UTAM page objects (npm `salesforce-pageobjects` 9.0.0, the
 * salesforce/utam-js-recipes repository). Each is exercised by the fixtures in tests/fixtures/salesforce (both shadow modes).
 * Prefer custom-element names and attributes; classes only where Aura offers nothing else.
 */
export const SF = {
  /** Aura app root; observed while no record container exists yet. */
  appContainer: 'div.desktop.container, div.oneAppLayoutHost',
  /** One per visited record page; the shown one is `.active`, earlier ones stay hidden. */
  content: 'div.oneContent',
  /**
   * A mounted record page, whatever container the app or console wraps it in: the record home
   * component (UTAM recordHomeFlexipage2; light DOM in both shadow modes) or the standard app's
   * `div.oneContent` around it. The outermost match is the body (shown.ts).
   */
  recordBody: 'div.oneContent, one-record-home-flexipage2',
  /** Where a record layout belongs to a modal, not to a record page (Aura modal, any ARIA dialog). */
  modalLayer: '.uiModal, [role="dialog"], [aria-modal="true"]',
  activeContent: 'div.oneContent.active',
  activeClass: 'active',
  /**
   * Service Console (UTAM navex/consoleTabset, consoleTabItem, workspace; SLDS console tabs): a
   * record page per workspace tab and subtab, each in a tab panel. Found by role, never by the
   * console's class names (see shown.ts).
   */
  tabList: '[role="tablist"]',
  controllingTab: '[role="tab"][aria-controls]',
  /** SLDS's "not displayed" utility class. */
  hideClass: 'slds-hide',
  /** Aura modal of new/edit record actions (light DOM even in native-shadow orgs). */
  activeModal: '.uiModal.active',
  modalTitle: '.modal-header h2',
  /** A modal dialog by its ARIA (Aura's record modal, SLDS modals, the record-type chooser's). */
  modalDialog: '[role="dialog"][aria-modal="true"], .uiModal.active [role="dialog"]',
  /** The dialog box inside an Aura modal layer. */
  modalContainer: '.modal-container',
  /** Record-type chooser shown before the new-record form. */
  recordTypeChooser: '.forceChangeRecordType',

  /** Page-layout field (UTAM recordLayoutItem reads the `field-label` attribute). Compared by tag name. */
  layoutItemTag: 'records-record-layout-item',
  layoutItemLabelAttr: 'field-label',
  /**
   * Dynamic Forms field (UTAM record/flexipage/recordField). Compared by tag name: the underscore
   * is a valid CSS identifier character but some selector engines (happy-dom) reject it.
   */
  dynamicFieldTag: 'record_flexipage-record-field',
  /** Highlights panel key field (title in `p[title]`, value slotted). */
  highlightsItemTag: 'records-highlights-details-item',
  highlightsTitle: 'p[title]',
  highlightsValue: 'p.fieldComponent',

  fieldLabel: '.test-id__field-label',
  fieldValue: '.test-id__field-value',
  /** Value in view mode: the item's light child projected into slot[name=outputField]. */
  outputField: '[slot="outputField"]',
  /** Editor in edit mode (`inputField` on layouts, `input` on Dynamic Forms: UTAM uses [slot*='input']). */
  inputField: '[slot*="input"]',

  /** Lookups: force-lookup >> records-hoverable-link >> a[data-recordid]. */
  lookup: 'force-lookup, force-owner-lookup',
  lookupLink: 'a[data-recordid]',
  formattedUrl: 'lightning-formatted-url',
  checkbox: 'input[type="checkbox"]',

  // Editors inside [slot=inputField]
  dualListbox: 'lightning-dual-listbox',
  dualListboxSelected: 'ul[id*="selected-list"] li',
  lookupEditor: 'records-record-layout-lookup, lightning-lookup',
  picklistEditor: 'records-record-picklist, lightning-picklist, lightning-combobox',
  comboboxInput: '.slds-combobox__input',
  dateTimeEditor: 'records-record-layout-input-date-time, lightning-datetimepicker',
  datepicker: 'lightning-datepicker',
  timepicker: 'lightning-timepicker',
  textarea: 'textarea',
  textInput: 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',

  /** Related-list links point at the page's own record: `/lightning/r/[<Obj>/]<id>/related/<List>/view`. */
  selfLink: 'a[href*="/related/"]',
  /** Generated layout components name their object: forcegenerated-detailpanel_<object>___… */
  generatedLayoutPrefix: 'forcegenerated-detailpanel_',
} as const;

/** What the picklist shows for "no value". */
export const PICKLIST_NONE = '--None--';

/** The new-Case modal title: "New Case: <Record Type>". */
export const NEW_RECORD_TITLE = /^New Case:\s*(.+)$/;
