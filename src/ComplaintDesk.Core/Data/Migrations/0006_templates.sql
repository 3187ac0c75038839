-- Message templates (the wording of every notice, per language), the customer's message language, and the staff's
-- in-app inbox. The templates are seeded here for every key and language; an Admin edits their text afterwards.

ALTER TABLE complaints ADD COLUMN customer_preferred_language character varying(16) NOT NULL DEFAULT 'zh-CN';

CREATE TABLE message_templates (
    key character varying(64) NOT NULL,
    language character varying(16) NOT NULL,
    subject character varying(200) NOT NULL,
    body character varying(4000) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(123),
    CONSTRAINT pk_message_templates PRIMARY KEY (key, language)
);

CREATE TABLE staff_notifications (
    id bigint GENERATED ALWAYS AS IDENTITY,
    staff_id bigint NOT NULL,
    complaint_id bigint,
    subject character varying(1000) NOT NULL,
    body character varying(4000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    CONSTRAINT pk_staff_notifications PRIMARY KEY (id),
    CONSTRAINT fk_staff_notifications_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_notifications_staff_staff_id FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE
);
CREATE INDEX ix_staff_notifications_complaint_id ON staff_notifications (complaint_id);
CREATE INDEX ix_staff_notifications_staff_id_read_at ON staff_notifications (staff_id, read_at);

INSERT INTO message_templates (key, language, subject, body, updated_at) VALUES
    ('acknowledgement', 'zh-CN', '投诉受理通知：{number}',
'尊敬的{customerName}：

您于{receivedAt}提出的投诉已受理，投诉编号为{number}，请妥善保存。

我们将认真调查核实，并在{deadline}前将处理结果告知您。处理期间，您可以通过以下链接随时查询进度：
{link}

如需补充材料或咨询进展，请告知上述投诉编号。感谢您的信任与监督。

投诉处理中心', now()),
    ('acknowledgement', 'en', 'We have received your complaint {number}',
'Dear {customerName},

Thank you for contacting us. We received your complaint on {receivedAt} and have registered it under the reference {number}. Please keep this reference for any further contact with us.

We will look into the matter carefully and let you know the outcome by {deadline}. You can follow its progress at any time here:
{link}

Yours sincerely,
Complaints Desk', now()),
    ('clock-paused', 'zh-CN', '投诉{number}处理时限暂停说明',
'尊敬的{customerName}：

您的投诉（编号{number}）需要进行外部鉴定或核查，原因：{reason}。根据监管规定，鉴定、核查期间不计入处理时限，完成后我们将继续处理并及时告知您新的答复期限。

查询进度：{link}

投诉处理中心', now()),
    ('clock-paused', 'en', 'Your complaint {number}: our deadline is on hold',
'Dear {customerName},

To answer your complaint {number} we need an outside examination or check ({reason}). As the rules allow, the time this takes does not count towards our deadline; we will let you know the new date as soon as it is complete.

Follow your complaint here: {link}

Yours sincerely,
Complaints Desk', now()),
    ('clock-resumed', 'zh-CN', '投诉{number}已恢复处理',
'尊敬的{customerName}：

您的投诉（编号{number}）的鉴定、核查已完成，我们已恢复处理，预计将在{deadline}前答复您。

查询进度：{link}

投诉处理中心', now()),
    ('clock-resumed', 'en', 'Your complaint {number}: we are working on it again',
'Dear {customerName},

The examination needed for your complaint {number} is complete and we have resumed our work. We will give you our answer by {deadline}.

Follow your complaint here: {link}

Yours sincerely,
Complaints Desk', now()),
    ('deadline-extended', 'zh-CN', '投诉{number}处理期限延长告知',
'尊敬的{customerName}：

您的投诉（编号{number}）情况较为复杂，经审批，处理期限延长至{deadline}。延长原因：{reason}。

给您带来不便，敬请谅解。我们将尽快完成处理并及时告知您结果。查询进度：{link}

投诉处理中心', now()),
    ('deadline-extended', 'en', 'Your complaint {number}: more time is needed',
'Dear {customerName},

Your complaint {number} needs further investigation, and we have approved an extension of our deadline to {deadline}. The reason: {reason}.

We apologise for the wait and will let you know the outcome as soon as we can. Follow your complaint here: {link}

Yours sincerely,
Complaints Desk', now()),
    ('result-feedback', 'zh-CN', '投诉{number}处理结果',
'尊敬的{customerName}：

关于您的投诉（编号{number}），处理结果如下：
{result}

已采取的措施：{measures}
后续改进：{improvementPlan}

本次处理人员：{handlerName}，工号{handlerStaffNo}。

请通过以下链接确认处理结果；如有异议，可在同一页面申请复核：
{link}

投诉处理中心', now()),
    ('result-feedback', 'en', 'The outcome of your complaint {number}',
'Dear {customerName},

We have completed our investigation of your complaint {number}. Our decision:
{result}

What we have done: {measures}
What we will improve: {improvementPlan}

Your complaint was handled by {handlerName}, staff number {handlerStaffNo}.

Please confirm the outcome using the link below; if you disagree, you can ask for a review on the same page:
{link}

Yours sincerely,
Complaints Desk', now()),
    ('closed', 'zh-CN', '投诉{number}已办结',
'尊敬的{customerName}：

您的投诉（编号{number}）已于{closedAt}办结，处理人员：{handlerName}（工号{handlerStaffNo}）。

如您对处理结果仍有异议，可自处理结果告知之日起30日内通过以下链接申请复核：
{link}

感谢您对我们工作的理解与支持。

投诉处理中心', now()),
    ('closed', 'en', 'Your complaint {number} is closed',
'Dear {customerName},

Your complaint {number} was closed on {closedAt}. It was handled by {handlerName}, staff number {handlerStaffNo}.

If you still disagree with our decision, you may ask for a review within 30 days of being told the outcome, using this link:
{link}

Thank you for your patience.

Yours sincerely,
Complaints Desk', now()),
    ('survey-invitation', 'zh-CN', '邀请您评价投诉{number}的处理',
'尊敬的{customerName}：

您的投诉（编号{number}）已办结。诚邀您花一分钟时间，对本次处理（处理人员：{handlerName}，工号{handlerStaffNo}）进行满意度评价，您的意见将帮助我们改进服务：
{link}

投诉处理中心', now()),
    ('survey-invitation', 'en', 'How did we handle your complaint {number}?',
'Dear {customerName},

Your complaint {number} is now closed. We would be grateful if you could take a minute to tell us how satisfied you are with the way {handlerName} (staff number {handlerStaffNo}) handled it. Your answer helps us improve:
{link}

Yours sincerely,
Complaints Desk', now()),
    ('extension-requested', 'zh-CN', '待审批：投诉{number}延期申请',
'投诉{number}申请延长处理期限至{proposedDueAt}。
申请理由：{reason}
请在案件页面审批。', now()),
    ('extension-requested', 'en', 'To approve: extension for complaint {number}',
'An extension of complaint {number} to {proposedDueAt} is waiting for your decision.
Reason: {reason}
Please decide on the case page.', now()),
    ('deadline-at-risk', 'zh-CN', '时限预警：投诉{number}',
'投诉{number}的{target}时限将于{dueAt}到期，请尽快处理。', now()),
    ('deadline-at-risk', 'en', 'Deadline at risk: complaint {number}',
'The {target} deadline of complaint {number} falls due on {dueAt}. Please act on it now.', now()),
    ('deadline-missed', 'zh-CN', '时限已超：投诉{number}',
'投诉{number}的{target}时限已于{dueAt}到期而未完成，已自动升级，请主管跟进。', now()),
    ('deadline-missed', 'en', 'Deadline missed: complaint {number}',
'The {target} deadline of complaint {number} passed on {dueAt} unmet. It has been escalated; please follow up.', now()),
    ('callback-due', 'zh-CN', '回电提醒：投诉{number}',
'您承诺在{dueAt}前回电客户（投诉{number}）：{text}', now()),
    ('callback-due', 'en', 'Call-back due: complaint {number}',
'You promised to call the customer of complaint {number} back by {dueAt}: {text}', now()),
    ('assigned-to-you', 'zh-CN', '新分派投诉：{number}',
'{assignedByName}（工号{assignedByStaffNo}）已将投诉{number}分派给您，优先级：{priority}，答复期限：{deadline}。请及时联系客户并开始处理。', now()),
    ('assigned-to-you', 'en', 'Assigned to you: complaint {number}',
'{assignedByName} (staff number {assignedByStaffNo}) has assigned complaint {number} to you. Priority: {priority}; answer due by {deadline}. Please contact the customer and start handling it.', now()),
    ('recontact-reminder', 'zh-CN', '再次联系提醒：投诉{number}',
'客户{customerName}尚未确认投诉{number}的处理结果，请在{dueAt}前再次联系客户。答复期限：{deadline}。', now()),
    ('recontact-reminder', 'en', 'Contact the customer again: complaint {number}',
'{customerName} has not yet confirmed the outcome of complaint {number}. Please contact them again by {dueAt}. Answer due by {deadline}.', now()),
    ('callback-broken', 'zh-CN', '回电承诺已逾期：投诉{number}',
'对客户{customerName}的回电承诺（投诉{number}，应于{dueAt}前完成）已逾期：{text}。请立即联系客户。', now()),
    ('callback-broken', 'en', 'Call-back promise broken: complaint {number}',
'The call-back promised to {customerName} on complaint {number} was due by {dueAt} and has not been made: {text}. Please call the customer now.', now());
