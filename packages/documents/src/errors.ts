// Typed errors of the documents package. They extend the domain's DomainError
// so the server maps every `code` to an HTTP status in one place; messages
// are Chinese first, English after.
import { DomainError } from '@sentinel/domain';

/** One problem of a template as an admin submitted it, located by a JSON path. */
export interface TemplateIssue {
  /** JSON path inside the template, e.g. `blocks[3].rows[0][1]`. */
  readonly path: string;
  readonly message: string;
}

export class InvalidTemplateError extends DomainError {
  readonly code = 'document.invalid_template';
  constructor(readonly issues: readonly TemplateIssue[]) {
    super(`文书模板有 ${issues.length} 处错误：` + issues.map((i) => `${i.path}：${i.message}`).join('；'));
  }
}

/** A field the template needs is missing from the data passed to renderDocument. */
export class MissingTemplateFieldError extends DomainError {
  readonly code = 'document.missing_field';
  constructor(
    readonly templateTitle: string,
    /** Each missing field with its Chinese label (when the catalogue knows it) and where the template uses it. */
    readonly missing: readonly { readonly field: string; readonly label: string | null; readonly path: string }[],
  ) {
    super(
      `生成「${templateTitle}」缺少字段：` +
        missing.map((m) => `${m.field}${m.label ? `（${m.label}）` : ''}，模板位置 ${m.path}`).join('；') +
        ` (Missing template field(s): ${missing.map((m) => m.field).join(', ')}.)`,
    );
  }
}

/** The CJK font a PDF needs is not where the configuration says. */
export class CjkFontMissingError extends DomainError {
  readonly code = 'document.cjk_font_missing';
  constructor(readonly fontPath: string, readonly fromEnv: boolean) {
    super(
      `未找到生成 PDF 所需的中文字体文件：${fontPath}` +
        (fromEnv ? '（来自环境变量 SENTINEL_CJK_FONT）' : '') +
        '。请安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk），或把环境变量 SENTINEL_CJK_FONT 设为一个中文 TTF/OTF/TTC 字体文件的路径' +
        '（TTC 字体另用 SENTINEL_CJK_FONT_NAME 指定字体名，如 NotoSansCJKsc-Regular）。',
    );
  }
}

export class InvalidDocumentNumberError extends DomainError {
  readonly code = 'document.invalid_number';
  constructor(detail: string) {
    super(`文号无效：${detail}`);
  }
}

export class InvalidAssessmentRulesError extends DomainError {
  readonly code = 'assessment.invalid_rules';
  constructor(readonly issues: readonly TemplateIssue[]) {
    super(`考核规则有 ${issues.length} 处错误：` + issues.map((i) => `${i.path}：${i.message}`).join('；'));
  }
}
