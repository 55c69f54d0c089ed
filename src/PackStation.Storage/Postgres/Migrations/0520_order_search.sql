-- Supervisors find an order by the end of the recipient's phone number: an index on its last four digits (the search
-- then checks the longer tail the supervisor typed). The expression must stay exactly as PostgresOrderStore writes it.
CREATE INDEX orders_phone_tail ON orders (right(recipient::jsonb ->> 'phone', 4));
